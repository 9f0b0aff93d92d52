package org.shaodian.grids.internal.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shaodian.grids.api.HomeCaseDetails;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameOrder;

/**
 * A case of home health management: one person, one kind, from its first day to its last, with a
 * schedule of visits (every n days) and tests (on given days, day 1 the first). What is due, done
 * and overdue is computed from the schedule and the visits when read — nothing has to run at
 * midnight for a visit to become overdue. Extended or ended early with a reason; no visits once
 * ended.
 */
@Entity
@Table(name = "grids_home_case")
public class HomeCase {

  /** The longest a case may run, extensions included. */
  static final int MAX_DAYS = 60;

  /** Open, or ended (early, or when a new case for the person found it past its last day). */
  public enum State {
    OPEN,
    ENDED
  }

  @Id private UUID id;

  @Column(name = "place_code", nullable = false, length = 15)
  private String placeCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private HomeCaseKind kind;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "name_key", nullable = false)
  private byte[] nameKey;

  @Column(name = "id_number", nullable = false, length = 200)
  private IdNumber idNumber;

  @Column(name = "id_number_index", nullable = false, length = 64)
  private String idNumberIndex;

  @Column(length = 200)
  private PhoneNumber phone;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "visit_every", nullable = false)
  private int visitEvery;

  @Column(name = "test_days", nullable = false, length = 100)
  private String testDays;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "end_reason", length = 200)
  private String endReason;

  @Column(name = "extended_days", nullable = false)
  private int extendedDays;

  @Column(nullable = false, length = 30)
  private String source;

  @Column(nullable = false, length = 64)
  private String reference;

  @Column(name = "open_key", length = 64)
  private String openKey;

  @Column(name = "opened_by", nullable = false, length = 100)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Version private long version;

  protected HomeCase() {}

  /** Opens a case; 400 naming the field when its schedule does not fit it. */
  static HomeCase open(
      HomeCaseDetails details,
      Region place,
      String source,
      String reference,
      LocalDate today,
      String by,
      Instant now) {
    int days = details.days() == null ? details.kind().days() : details.days();
    int every = details.visitEvery() == null ? details.kind().visitEvery() : details.visitEvery();
    Set<Integer> tests =
        new TreeSet<>(details.testDays() == null ? details.kind().testDays() : details.testDays());
    if (days < 1 || days > MAX_DAYS) {
      throw Problem.invalid(
          "days", Text.of("期限为 1–" + MAX_DAYS + " 天", "1 to " + MAX_DAYS + " days"));
    }
    if (every < 1 || every > days) {
      throw Problem.invalid(
          "visitEvery", Text.of("走访间隔须在 1 天与期限之间", "between 1 day and the case's length"));
    }
    if (tests.stream().anyMatch(d -> d < 1 || d > days)) {
      throw Problem.invalid(
          "testDays", Text.of("检测日须在第 1 天与最后一天之间", "between day 1 and the last day"));
    }
    if (details.startsOn().isAfter(today.plusDays(7))
        || details.startsOn().isBefore(today.minusDays(days))) {
      throw Problem.invalid(
          "startsOn",
          Text.of("开始日期须在今天前后一周内(且未结束)", "within a week from today, and not over already"));
    }
    HomeCase c = new HomeCase();
    c.id = UUID.randomUUID();
    c.placeCode = place.code().value();
    c.regionPath = place.path();
    c.kind = details.kind();
    c.name = details.name();
    c.nameKey = NameOrder.key(details.name());
    c.idNumber = details.idNumber();
    c.idNumberIndex = indexOf(details.idNumber());
    c.phone = details.phone();
    c.startsOn = details.startsOn();
    c.endsOn = details.startsOn().plusDays(days - 1L);
    c.visitEvery = every;
    c.testDays = tests.stream().map(String::valueOf).collect(Collectors.joining(","));
    c.state = State.OPEN;
    c.source = source;
    c.reference = reference == null ? "" : reference;
    c.openKey = c.idNumberIndex;
    c.openedBy = by;
    c.openedAt = now;
    return c;
  }

  static String indexOf(IdNumber idNumber) {
    return Sealed.blindIndex(idNumber);
  }

  /** Whether its last day has passed (it is then over, though nobody ended it). */
  boolean isOverOn(LocalDate today) {
    return state == State.ENDED || endsOn.isBefore(today);
  }

  /** One more visit; 409 once the case is over, 400 for a day outside it or after today. */
  CaseVisit visit(
      LocalDate on,
      boolean testTaken,
      boolean sealIntact,
      Double temperature,
      String symptoms,
      LocalDate today,
      String by,
      Instant now) {
    if (state == State.ENDED) {
      throw Problem.conflict(Text.of("该居家健康管理已结束,不能再登记走访", "The case has ended: no more visits"));
    }
    if (on.isBefore(startsOn) || on.isAfter(endsOn) || on.isAfter(today)) {
      throw Problem.invalid(
          "visitedOn", Text.of("走访日期须在管理期内且不晚于今天", "a day of the case, not after today"));
    }
    return new CaseVisit(this, on, testTaken, sealIntact, temperature, symptoms, by, now);
  }

  /**
   * More days; 409 once over, 400 beyond the longest a case may run. (The reason goes to the audit
   * entry.)
   */
  void extend(int days, LocalDate today) {
    requireOpen(today);
    long total = ChronoUnit.DAYS.between(startsOn, endsOn) + 1 + days;
    if (days < 1 || total > MAX_DAYS) {
      throw Problem.invalid(
          "days", Text.of("延长后总期限不超过 " + MAX_DAYS + " 天", "at most " + MAX_DAYS + " days in all"));
    }
    endsOn = endsOn.plusDays(days);
    extendedDays += days;
  }

  /** Ends the case early (or on its last day), for a reason. */
  void end(LocalDate on, String reason, LocalDate today) {
    requireOpen(today);
    if (on.isBefore(startsOn) || on.isAfter(today)) {
      throw Problem.invalid(
          "endedOn", Text.of("结束日期须在开始之后且不晚于今天", "between the first day and today"));
    }
    close(on, reason);
  }

  /** Ends a case that ran its course, when the person's next case opens. */
  void closeAsRun() {
    close(endsOn, "到期");
  }

  private void close(LocalDate on, String reason) {
    state = State.ENDED;
    endedOn = on;
    endsOn = on.isBefore(endsOn) ? on : endsOn;
    endReason = reason;
    openKey = null;
  }

  private void requireOpen(LocalDate today) {
    if (isOverOn(today)) {
      throw Problem.conflict(Text.of("该居家健康管理已结束", "The case is over"));
    }
  }

  /** One day's schedule: what was due, what was done. */
  public record Due(
      LocalDate date,
      int day,
      boolean visitDue,
      boolean testDue,
      boolean visited,
      boolean tested,
      boolean overdue) {}

  /**
   * The schedule from the first day to the last (or the day it ended), with what the visits did; a
   * day's due visit or test is overdue once the day is over and it was not done.
   */
  List<Due> schedule(Map<LocalDate, CaseVisit> visits, LocalDate today) {
    Set<Integer> tests =
        Arrays.stream(testDays.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
    List<Due> dues = new ArrayList<>();
    for (LocalDate date = startsOn; !date.isAfter(endsOn); date = date.plusDays(1)) {
      int day = (int) ChronoUnit.DAYS.between(startsOn, date) + 1;
      boolean visitDue = (day - 1) % visitEvery == 0;
      boolean testDue = tests.contains(day);
      if (!visitDue && !testDue) {
        continue;
      }
      CaseVisit visit = visits.get(date);
      boolean visited = visit != null;
      boolean tested = visit != null && visit.testTaken();
      boolean missed = (visitDue && !visited) || (testDue && !tested);
      dues.add(
          new Due(date, day, visitDue, testDue, visited, tested, missed && date.isBefore(today)));
    }
    return dues;
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

  public HomeCaseKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public byte[] nameKey() {
    return nameKey.clone();
  }

  public IdNumber idNumber() {
    return idNumber;
  }

  String idNumberIndex() {
    return idNumberIndex;
  }

  public PhoneNumber phone() {
    return phone;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public int visitEvery() {
    return visitEvery;
  }

  public List<Integer> testDays() {
    return Arrays.stream(testDays.split(",")).map(Integer::valueOf).toList();
  }

  public State state() {
    return state;
  }

  public LocalDate endedOn() {
    return endedOn;
  }

  public String endReason() {
    return endReason;
  }

  public int extendedDays() {
    return extendedDays;
  }

  public String source() {
    return source;
  }

  public String openedBy() {
    return openedBy;
  }

  public long version() {
    return version;
  }
}
