package org.shaodian.grids.internal.requests;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shaodian.grids.api.RequestCategory;
import org.shaodian.grids.api.RequestUrgency;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.PersonName;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * A citizen's request (民呼必应, "every call is answered"): received with a deadline by its urgency,
 * routed to a grid worker, accepted, noted on, resolved, and called back for the citizen's
 * satisfaction — in that order. Overdue is computed, never stored: a request past its deadline and
 * not resolved is overdue whoever looks at it.
 */
@Entity
@Table(name = "grids_request")
public class CitizenRequest {

  /** Where a request stands. */
  public enum State {
    RECEIVED,
    ACCEPTED,
    RESOLVED,
    CLOSED
  }

  @Id private UUID id;

  @Column(name = "place_code", nullable = false, length = 15)
  private String placeCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false, length = 200)
  private PersonName requester;

  @Column(length = 200)
  private PhoneNumber phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 15)
  private RequestCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RequestUrgency urgency;

  @Column(nullable = false, length = 1000)
  private String content;

  @Column(length = 200)
  private String location;

  @Column private UUID assignee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(length = 1000)
  private String resolution;

  @Column(name = "called_back_at")
  private Instant calledBackAt;

  @Column private Integer satisfaction;

  @Column(name = "received_by", nullable = false, length = 100)
  private String receivedBy;

  @Version private long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "grids_request_note", joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("seq")
  private List<Note> notes = new ArrayList<>();

  /** A note on the work done. */
  @Embeddable
  public static class Note {
    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 1000)
    private String note;

    @Column(name = "written_by", nullable = false, length = 100)
    private String by;

    @Column(name = "written_at", nullable = false)
    private Instant at;

    protected Note() {}

    Note(int seq, String note, String by, Instant at) {
      this.seq = seq;
      this.note = note;
      this.by = by;
      this.at = at;
    }

    public String note() {
      return note;
    }

    public String by() {
      return by;
    }

    public Instant at() {
      return at;
    }
  }

  protected CitizenRequest() {}

  static CitizenRequest receive(
      Region place,
      PersonName requester,
      PhoneNumber phone,
      RequestCategory category,
      RequestUrgency urgency,
      String content,
      String location,
      UUID assignee,
      String by,
      Instant now) {
    CitizenRequest r = new CitizenRequest();
    r.id = UUID.randomUUID();
    r.placeCode = place.code().value();
    r.regionPath = place.path();
    r.requester = requester;
    r.phone = phone;
    r.category = category;
    r.urgency = urgency;
    r.content = content;
    r.location = location;
    r.assignee = assignee;
    r.state = State.RECEIVED;
    r.receivedAt = now;
    r.dueAt = now.plus(urgency.within());
    r.receivedBy = by;
    return r;
  }

  /**
   * Routed to another person who serves (the grid worker of another grid, a work group's member).
   */
  void route(UUID to) {
    requireBefore(State.RESOLVED, "已办结的诉求不能改派", "a resolved request is not routed again");
    assignee = to;
    state = State.RECEIVED;
    acceptedAt = null;
  }

  void accept(Instant now) {
    requireState(State.RECEIVED, "只能受理新收到的诉求", "only a request just received is accepted");
    state = State.ACCEPTED;
    acceptedAt = now;
  }

  void note(String text, String by, Instant now) {
    requireBefore(State.CLOSED, "已回访结案的诉求不能再记录", "a closed request takes no more notes");
    notes.add(new Note(notes.size(), text, by, now));
  }

  void resolve(String how, Instant now) {
    requireState(State.ACCEPTED, "须先受理,再办结", "accept the request before resolving it");
    state = State.RESOLVED;
    resolvedAt = now;
    resolution = how;
  }

  void callBack(int satisfied, Instant now) {
    requireState(State.RESOLVED, "须办结后回访", "call back once the request is resolved");
    if (satisfied < 1 || satisfied > 5) {
      throw Problem.invalid("satisfaction", Text.of("满意度为 1–5", "1 to 5"));
    }
    state = State.CLOSED;
    calledBackAt = now;
    satisfaction = satisfied;
  }

  /** Past its deadline and not resolved. */
  boolean isOverdueAt(Instant now) {
    return (state == State.RECEIVED || state == State.ACCEPTED) && now.isAfter(dueAt);
  }

  private void requireState(State wanted, String zh, String en) {
    if (state != wanted) {
      throw Problem.conflict(Text.of(zh, en));
    }
  }

  private void requireBefore(State limit, String zh, String en) {
    if (state.compareTo(limit) >= 0) {
      throw Problem.conflict(Text.of(zh, en));
    }
  }

  public UUID id() {
    return id;
  }

  public RegionCode place() {
    return RegionCode.of(placeCode);
  }

  public String regionPath() {
    return regionPath;
  }

  public PersonName requester() {
    return requester;
  }

  public PhoneNumber phone() {
    return phone;
  }

  public RequestCategory category() {
    return category;
  }

  public RequestUrgency urgency() {
    return urgency;
  }

  public String content() {
    return content;
  }

  public String location() {
    return location;
  }

  public UUID assignee() {
    return assignee;
  }

  public State state() {
    return state;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String resolution() {
    return resolution;
  }

  public Integer satisfaction() {
    return satisfaction;
  }

  public long version() {
    return version;
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }
}
