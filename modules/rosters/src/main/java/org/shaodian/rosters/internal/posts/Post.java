package org.shaodian.rosters.internal.posts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameOrder;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.PostDetails;
import org.shaodian.rosters.api.PostKind;
import org.shaodian.rosters.api.Qualification;
import org.shaodian.rosters.api.Shift;
import org.shaodian.rosters.api.ShiftPattern;
import org.shaodian.rosters.api.StaffingNeed;
import org.shaodian.rosters.internal.duty.Seat;

/**
 * A place that must be staffed: its shifts of a day and, per shift, how many people of each duty it
 * needs and what they must be qualified for. Its seats are not stored: a seat is post × date ×
 * shift × duty × number, and exists exactly when the pattern and the needs say so ({@link #seat}).
 */
@Entity
@Table(name = "rosters_post")
public class Post {

  @Id private UUID id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "name_key")
  private byte[] nameKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private PostKind kind;

  @Column(name = "region_code", nullable = false, length = 15)
  private String regionCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(name = "team_id")
  private UUID team;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "rosters_post_shift", joinColumns = @JoinColumn(name = "post_id"))
  @OrderBy("no")
  private List<PostShift> shifts = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "rosters_post_need", joinColumns = @JoinColumn(name = "post_id"))
  private List<PostNeed> needs = new ArrayList<>();

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Post() {}

  /** Opens a post in a region, staffed from tomorrow or whenever its seats are filled. */
  public static Post open(PostDetails details, Region region, Instant now) {
    Post post = new Post();
    post.id = UUID.randomUUID();
    post.active = true;
    post.openedAt = now;
    post.apply(details, region, now);
    return post;
  }

  /** Replaces the post's details; the names of what changed, for the audit. */
  public Set<String> change(PostDetails details, Region region, Instant now) {
    requireActive();
    Set<String> changed = new TreeSet<>();
    if (!name.equals(details.name())) {
      changed.add("name");
    }
    if (kind != details.kind()) {
      changed.add("kind");
    }
    if (!regionCode.equals(region.code().value())) {
      changed.add("region");
    }
    if (!Objects.equals(team, details.team())) {
      changed.add("team");
    }
    if (!pattern().equals(details.pattern())) {
      changed.add("shifts");
    }
    List<PostNeed> before = List.copyOf(needs);
    apply(details, region, now);
    if (!sameNeeds(before, needs)) {
      changed.add("needs");
    }
    return changed;
  }

  /** Renames the post (its shifts, needs and duties stay); true when the name changed. */
  public boolean rename(String newName, Instant now) {
    requireActive();
    if (name.equals(newName)) {
      return false;
    }
    name = newName;
    nameKey = NameOrder.key(newName);
    updatedAt = now;
    return true;
  }

  /** Closes the post for good. Only an open post can be. */
  public void close(Instant now) {
    requireActive();
    active = false;
    updatedAt = now;
  }

  private void requireActive() {
    if (!active) {
      throw Problem.conflict(Text.of("该点位已撤销", "This post is closed"));
    }
  }

  private void apply(PostDetails details, Region region, Instant now) {
    ShiftPattern pattern = details.pattern();
    List<PostNeed> expanded = expand(details.needs(), pattern);
    name = details.name();
    nameKey = NameOrder.key(name);
    kind = details.kind();
    regionCode = region.code().value();
    regionPath = region.path();
    team = details.team();
    shifts.clear();
    pattern.shifts().forEach(shift -> shifts.add(new PostShift(shift)));
    needs.clear();
    needs.addAll(expanded);
    updatedAt = now;
  }

  /**
   * The needs as stored, one per shift and duty. A need naming a shift the pattern lacks, a duty
   * listed twice for one shift, or a headcount outside 1–50 is a 400 naming {@code needs}.
   */
  static List<PostNeed> expand(List<StaffingNeed> needs, ShiftPattern pattern) {
    List<PostNeed> expanded = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (StaffingNeed need : needs) {
      if (need.headcount() < 1 || need.headcount() > StaffingNeed.MAX_HEADCOUNT) {
        throw invalidNeeds("每项需求 1–50 人", "a need is for 1 to 50 people");
      }
      for (int shiftNo : need.shifts()) {
        if (pattern.shift(shiftNo).isEmpty()) {
          throw invalidNeeds(
              "班次 " + shiftNo + " 不在班次安排中", "shift " + shiftNo + " is not in the pattern");
        }
      }
      for (Shift shift : pattern.shifts()) {
        if (!need.appliesTo(shift.no())) {
          continue;
        }
        if (!seen.add(shift.no() + "/" + need.role())) {
          throw invalidNeeds(
              "同一班次的同一岗位只能列一次", "a duty is listed once per shift (" + need.role() + ")");
        }
        expanded.add(new PostNeed(shift.no(), need.role(), need.headcount(), need.required()));
      }
    }
    expanded.sort(Comparator.comparingInt(PostNeed::shiftNo).thenComparing(PostNeed::role));
    return expanded;
  }

  private static Problem invalidNeeds(String zh, String en) {
    return Problem.invalid("needs", Text.of(zh, en));
  }

  private static boolean sameNeeds(List<PostNeed> a, List<PostNeed> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      PostNeed x = a.get(i);
      PostNeed y = b.get(i);
      if (x.shiftNo() != y.shiftNo()
          || x.role() != y.role()
          || x.headcount() != y.headcount()
          || !x.qualifications().equals(y.qualifications())) {
        return false;
      }
    }
    return true;
  }

  public ShiftPattern pattern() {
    return new ShiftPattern(shifts.stream().map(PostShift::shift).toList());
  }

  /** What the post needs in a shift: duty, headcount and qualifications, by duty. */
  public List<StaffingNeed> requirementFor(int shiftNo) {
    return needs.stream()
        .filter(need -> need.shiftNo() == shiftNo)
        .map(
            need ->
                new StaffingNeed(need.role(), need.headcount(), need.qualifications(), Set.of()))
        .toList();
  }

  /**
   * The seat at post × date × shift × duty × number, if the pattern and needs have it; a 400 naming
   * the part that does not fit otherwise.
   */
  public Seat seat(LocalDate date, int shiftNo, DutyRole role, int seatNo) {
    Shift shift =
        pattern()
            .shift(shiftNo)
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "shift",
                        Text.of("该点位没有班次 " + shiftNo, "the post has no shift " + shiftNo)));
    StaffingNeed need =
        requirementFor(shiftNo).stream()
            .filter(n -> n.role() == role)
            .findFirst()
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "role",
                        Text.of(
                            "该班次不需要" + role.label().zh(),
                            "the shift needs no " + role.label().en())));
    if (seatNo < 1 || seatNo > need.headcount()) {
      throw Problem.invalid(
          "seat",
          Text.of(
              "该岗位只有 " + need.headcount() + " 个席位",
              "the duty has " + need.headcount() + " seats in this shift"));
    }
    return new Seat(id, regionPath, date, shift, role, seatNo, need.qualifications());
  }

  /** Every seat of the post on a date, shift by shift, duty by duty. */
  public List<Seat> seatsOn(LocalDate date) {
    List<Seat> seats = new ArrayList<>();
    for (Shift shift : pattern().shifts()) {
      for (StaffingNeed need : requirementFor(shift.no())) {
        for (int n = 1; n <= need.headcount(); n++) {
          seats.add(new Seat(id, regionPath, date, shift, need.role(), n, need.qualifications()));
        }
      }
    }
    return seats;
  }

  /** Seats a day, all shifts together. */
  public int seatsPerDay() {
    return needs.stream().mapToInt(PostNeed::headcount).sum();
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public byte[] nameKey() {
    return nameKey.clone();
  }

  public PostKind kind() {
    return kind;
  }

  public RegionCode region() {
    return RegionCode.of(regionCode);
  }

  public String regionPath() {
    return regionPath;
  }

  public UUID team() {
    return team;
  }

  public boolean isActive() {
    return active;
  }

  public long version() {
    return version;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The qualifications of a need as the view shows them. */
  static List<Qualification> sorted(Set<Qualification> qualifications) {
    return qualifications.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(qualifications));
  }
}
