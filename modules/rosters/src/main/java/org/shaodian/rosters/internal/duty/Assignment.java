package org.shaodian.rosters.internal.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.rosters.api.AssignedVia;
import org.shaodian.rosters.api.DutyRole;

/**
 * A seat held by a person. The database keeps one holder per seat (unique seat) and one duty per
 * person at a time ({@link DutyHour}), so that concurrent attempts leave exactly one winner.
 * Sign-in and sign-out are recorded here; a no-show is computed from them and the clock.
 */
@Entity
@Table(name = "rosters_assignment")
public class Assignment {

  /** A seat nobody signed in at this long after its start is a no-show. */
  public static final Duration NO_SHOW_AFTER = Duration.ofMinutes(15);

  /** Sign-in opens this long before the shift starts. */
  static final Duration SIGN_IN_OPENS = Duration.ofHours(1);

  @Id private UUID id;

  @Column(name = "post_id", nullable = false)
  private UUID post;

  @Column(name = "duty_date", nullable = false)
  private LocalDate date;

  @Column(name = "shift_no", nullable = false)
  private int shiftNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "duty_role", nullable = false, length = 20)
  private DutyRole role;

  @Column(name = "seat_no", nullable = false)
  private int seatNo;

  @Column(name = "person_id", nullable = false)
  private UUID person;

  @Column(name = "starts_at", nullable = false)
  private Instant start;

  @Column(name = "ends_at", nullable = false)
  private Instant end;

  /** The post's region path: jurisdiction filters and coverage read it. */
  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Enumerated(EnumType.STRING)
  @Column(name = "assigned_via", nullable = false, length = 10)
  private AssignedVia via;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "signed_in_at")
  private Instant signedInAt;

  @Column(name = "signed_out_at")
  private Instant signedOutAt;

  @Version private long version;

  protected Assignment() {}

  static Assignment of(Seat seat, UUID person, AssignedVia via, Instant now) {
    Assignment assignment = new Assignment();
    assignment.id = UUID.randomUUID();
    assignment.post = seat.postId();
    assignment.date = seat.date();
    assignment.shiftNo = seat.shift().no();
    assignment.role = seat.role();
    assignment.seatNo = seat.seatNo();
    assignment.person = person;
    assignment.start = seat.start();
    assignment.end = seat.end();
    assignment.regionPath = seat.regionPath();
    assignment.via = via;
    assignment.assignedAt = now;
    return assignment;
  }

  /** The hours the duty occupies its holder, one row each, for the database's overlap rule. */
  public List<DutyHour> hours() {
    List<DutyHour> hours = new ArrayList<>();
    for (Instant hour = start; hour.isBefore(end); hour = hour.plus(Duration.ofHours(1))) {
      hours.add(new DutyHour(person, hour, id));
    }
    return hours;
  }

  /**
   * The holder signs in at their seat: from an hour before the shift until it ends, once. A 409
   * saying why otherwise.
   */
  public void signIn(UUID who, Instant now) {
    requireHolder(who);
    if (signedInAt != null) {
      throw Problem.conflict(Text.of("已签到", "Already signed in"));
    }
    if (now.isBefore(start.minus(SIGN_IN_OPENS))) {
      throw Problem.conflict(
          Text.of("班次开始前 1 小时起才能签到", "Sign-in opens an hour before the shift starts"));
    }
    if (!now.isBefore(end)) {
      throw Problem.conflict(Text.of("班次已结束", "The shift is over"));
    }
    signedInAt = now;
  }

  /** The holder signs out after signing in, once. */
  public void signOut(UUID who, Instant now) {
    requireHolder(who);
    if (signedInAt == null) {
      throw Problem.conflict(Text.of("尚未签到", "Not signed in"));
    }
    if (signedOutAt != null) {
      throw Problem.conflict(Text.of("已签退", "Already signed out"));
    }
    signedOutAt = now;
  }

  private void requireHolder(UUID who) {
    if (!person.equals(who)) {
      throw Problem.conflict(Text.of("签到人不是该席位的值守人员", "The person does not hold this seat"));
    }
  }

  /** Nobody signed in within 15 minutes of the start. */
  public boolean isNoShow(Instant now) {
    return signedInAt == null && !now.isBefore(start.plus(NO_SHOW_AFTER));
  }

  /** Whether the duty has begun (a begun duty is history: it is not released or moved). */
  public boolean hasStarted(Instant now) {
    return !now.isBefore(start);
  }

  public UUID id() {
    return id;
  }

  public UUID post() {
    return post;
  }

  public LocalDate date() {
    return date;
  }

  public int shiftNo() {
    return shiftNo;
  }

  public DutyRole role() {
    return role;
  }

  public int seatNo() {
    return seatNo;
  }

  public UUID person() {
    return person;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return end;
  }

  public String regionPath() {
    return regionPath;
  }

  public AssignedVia via() {
    return via;
  }

  public Instant assignedAt() {
    return assignedAt;
  }

  public Instant signedInAt() {
    return signedInAt;
  }

  public Instant signedOutAt() {
    return signedOutAt;
  }

  public long version() {
    return version;
  }

  /** The seat's address: 2026-11-30/2/INSPECTOR/1. */
  public String seatKey() {
    return date + "/" + shiftNo + "/" + role + "/" + seatNo;
  }
}
