package org.shaodian.checkpoints.internal.inspection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.ScreeningDecision;
import org.shaodian.checkpoints.api.VehicleKind;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.PlateNumber;
import org.shaodian.kernel.api.personal.TestOutcome;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * An inspection through its four steps — guided into a lane, verified (codes, itinerary, test
 * proof, temperature), recorded, diverted — each at a time no earlier than the step before and not
 * in the future; {@link #divert} refuses to send anyone where the policy's judgement does not let
 * them go. Its id is the device's: the same inspection is stored once.
 */
@Entity
@Table(name = "checkpoints_inspection")
public class Inspection {

  /** How far ahead of the server's clock a device's clock may run. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  /** How long a device may hold an inspection offline before sending it. */
  static final Duration OFFLINE_AT_MOST = Duration.ofDays(3);

  /** The outcomes that do not release a traveller the policy refers. */
  static final Set<DivertOutcome> NOT_RELEASED =
      EnumSet.of(
          DivertOutcome.PERSUADED_BACK,
          DivertOutcome.CENTRAL_ISOLATION,
          DivertOutcome.HOME_MANAGEMENT);

  @Id private UUID id;

  @Column(name = "checkpoint_id", nullable = false)
  private UUID checkpoint;

  @Column(name = "lane_no")
  private Integer lane;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private InspectionSubject subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "vehicle_kind", length = 10)
  private VehicleKind vehicleKind;

  @Column(length = 200)
  private PlateNumber plate;

  @Column(length = 600)
  private TravelHistory origin;

  @Column(length = 15)
  private String destination;

  @Column(name = "guided_at", nullable = false)
  private Instant guidedAt;

  @Column(name = "verified_at", nullable = false)
  private Instant verifiedAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "diverted_at", nullable = false)
  private Instant divertedAt;

  @Column(name = "duty_day", nullable = false)
  private LocalDate day;

  @Column(name = "shift_no", nullable = false)
  private int shift;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private DivertOutcome outcome;

  @Column(nullable = false)
  private int people;

  @Column(name = "policy_id", nullable = false)
  private UUID policy;

  @Column(nullable = false)
  private UUID recorder;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "batch_id")
  private UUID batch;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "test_result", length = 200)
  private TestOutcome testResult;

  @Column(name = "test_result_at")
  private Instant testResultAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(
      name = "checkpoints_inspected_person",
      joinColumns = @JoinColumn(name = "inspection_id"))
  @OrderBy("seq")
  private List<InspectedPerson> persons = new ArrayList<>();

  /** The people in it as recorded, with what the policy judged of each. */
  record Judged(InspectedPerson person, ScreeningDecision decision) {}

  /** What is recorded at the third step. */
  record Record(
      InspectionSubject subject,
      VehicleKind vehicleKind,
      PlateNumber plate,
      TravelHistory origin,
      List<Judged> people,
      UUID policy,
      UUID recorder,
      String recordedBy,
      LocalDate day,
      int shift) {}

  protected Inspection() {}

  /** Step 1: guided into a lane of the checkpoint at {@code at}, as the device says. */
  static Inspection guided(
      UUID id,
      UUID checkpoint,
      String regionPath,
      Integer lane,
      Instant at,
      UUID batch,
      String contentHash,
      Instant now) {
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw step("guidedAt", "引导时间不能晚于当前时间", "the guided time is in the future");
    }
    if (at.isBefore(now.minus(OFFLINE_AT_MOST))) {
      throw step(
          "guidedAt", "离线记录须在 3 天内上传", "an inspection held offline must be sent within 3 days");
    }
    Inspection inspection = new Inspection();
    inspection.id = id;
    inspection.checkpoint = checkpoint;
    inspection.regionPath = regionPath;
    inspection.lane = lane;
    inspection.guidedAt = at;
    inspection.batch = batch;
    inspection.contentHash = contentHash;
    inspection.receivedAt = now;
    return inspection;
  }

  /** Step 2: the checks made at {@code at}. */
  void verify(Instant at, Instant now) {
    requireStep(guidedAt != null && verifiedAt == null, "verify");
    requireOrder(at, guidedAt, "verifiedAt", now);
    verifiedAt = at;
  }

  /** Step 3: recorded at {@code at} by the person on duty, with the policy's judgement. */
  void record(Record what, Instant at, Instant now) {
    requireStep(verifiedAt != null && recordedAt == null, "record");
    requireOrder(at, verifiedAt, "recordedAt", now);
    if (what.people().isEmpty()) {
      throw Problem.invalid("people", Text.of("至少登记一人", "at least one person"));
    }
    subject = what.subject();
    vehicleKind = what.vehicleKind();
    plate = what.plate();
    origin = what.origin();
    what.people().forEach(judged -> persons.add(judged.person()));
    persons.forEach(person -> person.on(what.day()));
    people = persons.size();
    policy = what.policy();
    recorder = what.recorder();
    recordedBy = what.recordedBy();
    day = what.day();
    shift = what.shift();
    recordedAt = at;
    judgement = strictest(what.people());
  }

  /** The strictest of the travellers' judgements, while the inspection is being written. */
  private transient ScreeningDecision judgement;

  /**
   * Step 4: sent somewhere at {@code at}. Refused when a traveller the policy refers would be
   * released or merely tested, or one it wants tested would be released; home management needs the
   * grid (or village) they go to.
   */
  void divert(DivertOutcome to, RegionCode destinationGrid, Instant at, Instant now) {
    requireStep(recordedAt != null && divertedAt == null, "divert");
    requireOrder(at, recordedAt, "divertedAt", now);
    if (judgement == ScreeningDecision.REFER && !NOT_RELEASED.contains(to)) {
      throw Problem.invalid(
          "outcome",
          Text.of(
              "按防控政策不能放行:须劝返、集中隔离或移交属地",
              "the policy does not let them go: turn back, isolation or hand-over to the grid"));
    }
    if (judgement == ScreeningDecision.TEST_ON_SITE && to == DivertOutcome.RELEASED) {
      throw Problem.invalid(
          "outcome", Text.of("按防控政策须现场检测后方可放行", "the policy wants them tested on site first"));
    }
    if (to == DivertOutcome.HOME_MANAGEMENT && destinationGrid == null) {
      throw Problem.invalid(
          "destination",
          Text.of(
              "移交属地须写明目的地网格或村社", "a hand-over names the grid, village or community they go to"));
    }
    outcome = to;
    destination = destinationGrid == null ? null : destinationGrid.value();
    divertedAt = at;
  }

  /** The result of the test taken on site, once it is known. */
  void testResult(TestOutcome result, Instant now) {
    if (outcome != DivertOutcome.TESTED_ON_SITE) {
      throw Problem.conflict(
          Text.of("只有现场检测的查验才有检测结果", "Only an inspection tested on site has a test result"));
    }
    testResult = result;
    testResultAt = now;
  }

  static ScreeningDecision strictest(List<Judged> people) {
    ScreeningDecision strictest = ScreeningDecision.PASS;
    for (Judged judged : people) {
      if (judged.decision().ordinal() > strictest.ordinal()) {
        strictest = judged.decision();
      }
    }
    return strictest;
  }

  private static void requireStep(boolean inOrder, String step) {
    if (!inOrder) {
      throw Problem.conflict(Text.of("查验步骤顺序不对:" + step, "Inspection steps out of order: " + step));
    }
  }

  private static void requireOrder(Instant at, Instant before, String field, Instant now) {
    if (at.isBefore(before)) {
      throw step(field, "不能早于上一步骤", "must not be before the step before it");
    }
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw step(field, "不能晚于当前时间", "is in the future");
    }
  }

  private static Problem step(String field, String zh, String en) {
    return Problem.invalid(field, Text.of(zh, en));
  }

  public UUID id() {
    return id;
  }

  public UUID checkpoint() {
    return checkpoint;
  }

  public Integer lane() {
    return lane;
  }

  public String regionPath() {
    return regionPath;
  }

  public InspectionSubject subject() {
    return subject;
  }

  public VehicleKind vehicleKind() {
    return vehicleKind;
  }

  public PlateNumber plate() {
    return plate;
  }

  public TravelHistory origin() {
    return origin;
  }

  public RegionCode destination() {
    return destination == null ? null : RegionCode.of(destination);
  }

  public Instant guidedAt() {
    return guidedAt;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Instant divertedAt() {
    return divertedAt;
  }

  public LocalDate day() {
    return day;
  }

  public int shift() {
    return shift;
  }

  public DivertOutcome outcome() {
    return outcome;
  }

  public int people() {
    return people;
  }

  public UUID policy() {
    return policy;
  }

  public UUID recorder() {
    return recorder;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public UUID batch() {
    return batch;
  }

  public String contentHash() {
    return contentHash;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public TestOutcome testResult() {
    return testResult;
  }

  public Instant testResultAt() {
    return testResultAt;
  }

  public long version() {
    return version;
  }

  public List<InspectedPerson> persons() {
    return List.copyOf(persons);
  }
}
