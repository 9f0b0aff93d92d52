package org.shaodian.checkpoints.internal.inspection;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.TravellerRole;
import org.shaodian.checkpoints.api.VehicleKind;
import org.shaodian.checkpoints.internal.CheckpointAccess;
import org.shaodian.checkpoints.internal.CheckpointPermission;
import org.shaodian.checkpoints.internal.policy.Judgement;
import org.shaodian.checkpoints.internal.policy.PolicyBook;
import org.shaodian.checkpoints.internal.policy.PolicyInForce;
import org.shaodian.checkpoints.internal.policy.PolicyTimeline;
import org.shaodian.checkpoints.internal.policy.Traveller;
import org.shaodian.checkpoints.internal.registry.Checkpoint;
import org.shaodian.checkpoints.internal.registry.CheckpointRegistry;
import org.shaodian.checkpoints.internal.tally.TallyBook;
import org.shaodian.checkpoints.internal.tally.TallyKey;
import org.shaodian.grids.api.HomeCaseDetails;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.grids.api.HomeCases;
import org.shaodian.grids.api.ReturneeDetails;
import org.shaodian.grids.api.ReturneeLedger;
import org.shaodian.grids.api.ReturneeSource;
import org.shaodian.grids.api.TravelMode;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.audit.SubjectType;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.personal.HealthNote;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PersonName;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.PlateNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.rosters.api.DutyService;
import org.shaodian.rosters.api.OnDuty;

/**
 * Stores inspections, one or a device batch, in one transaction: each checked against its
 * checkpoint (open, its lane), its recorder (signed in on a seat of the checkpoint's post at the
 * time), the screening policy in force, and the rules of its steps; the ones already stored are
 * told apart (the same content: a duplicate; other content under the same id: refused); the
 * travellers handed to a grid get their ledger entry and home case through the grids api in the
 * same transaction; the tallies count them; one audit entry lists them.
 *
 * <p>An item refused by this module's own rules is answered and the others go on. An item another
 * module refuses (the grid that does not know the destination) has marked the transaction for
 * rollback: the attempt ends, naming it, and {@link InspectionIntake} tries again without it.
 */
@UnitOfWork
@ApplicationScoped
public class InspectionDesk {

  static final Text INSPECTION = Text.of("查验记录", "Inspection");
  static final SubjectType SUBJECT = SubjectType.of("checkpoints", "inspection");
  static final SubjectType BATCH = SubjectType.of("checkpoints", "inspection-batch");
  static final AuditAction RECORDED = AuditAction.of("recorded");
  static final AuditAction TEST_RESULT = AuditAction.of("test-result");

  /** What became of one item. */
  public enum Fate {
    STORED,
    DUPLICATE,
    REJECTED
  }

  /**
   * One item's fate; its problem when rejected; for a single inspection (not a batch) just stored,
   * the inspection as stored, so that the answer need not read it back.
   */
  public record ItemResult(int index, UUID id, Fate fate, Problem problem, InspectionView stored) {

    ItemResult(int index, UUID id, Fate fate, Problem problem) {
      this(index, id, fate, problem, null);
    }
  }

  /**
   * An attempt: the items' results, or — when another module refused item {@code refused} and the
   * transaction is rolled back — that item and why.
   */
  public record Attempt(List<ItemResult> results, Integer refused, Problem refusal) {}

  /** An item with its place in the batch. */
  public record Indexed(int index, InspectionForms.Item item) {}

  @PersistenceContext(unitName = "checkpoints")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Access access;

  @Inject Clock clock;

  @Inject AuditTrail audit;

  @Inject CheckpointRegistry checkpoints;

  @Inject PolicyBook policies;

  @Inject DutyService duties;

  @Inject TallyBook tallies;

  @Inject ReturneeLedger ledger;

  @Inject HomeCases homeCases;

  @CheckpointAccess(CheckpointPermission.INSPECT)
  public Attempt write(UUID batch, List<Indexed> items) {
    Instant now = clock.instant();
    Map<UUID, String> known = new HashMap<>();
    if (!items.isEmpty()) {
      em.createQuery(
              "select i.id, i.contentHash from Inspection i where i.id in :ids", Object[].class)
          .setParameter("ids", items.stream().map(i -> i.item().id()).toList())
          .getResultList()
          .forEach(row -> known.put((UUID) row[0], (String) row[1]));
    }
    Lookups places = new Lookups();
    TallyBook.Increments counts = new TallyBook.Increments();
    List<ItemResult> results = new ArrayList<>();
    List<Inspection> stored = new ArrayList<>();
    for (Indexed indexed : items) {
      InspectionForms.Item item = indexed.item();
      String hash = fingerprint(item);
      String before = known.putIfAbsent(item.id(), hash);
      if (before != null) {
        results.add(
            before.equals(hash)
                ? new ItemResult(indexed.index(), item.id(), Fate.DUPLICATE, null)
                : rejected(
                    indexed,
                    Problem.conflict(
                        Text.of(
                            "该编号已有内容不同的查验记录",
                            "Another inspection was stored under this id, with other content"))));
        continue;
      }
      Inspection inspection;
      try {
        inspection = inspection(item, places, batch, hash, now);
        em.persist(inspection);
        if (inspection.outcome() == DivertOutcome.HOME_MANAGEMENT) {
          handOver(inspection, item);
        }
      } catch (Problem problem) {
        if (transactions.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK) {
          return new Attempt(List.of(), indexed.index(), problem);
        }
        // this module's own rule, before anything of the item was written
        known.remove(item.id());
        results.add(rejected(indexed, problem));
        continue;
      }
      stored.add(inspection);
      counts.add(
          new TallyKey(
              inspection.checkpoint(),
              inspection.day(),
              inspection.shift(),
              inspection.subject(),
              inspection.vehicleKind() == null ? TallyKey.ON_FOOT : inspection.vehicleKind().name(),
              inspection.outcome()),
          inspection.regionPath(),
          inspection.people());
      results.add(
          new ItemResult(
              indexed.index(),
              item.id(),
              Fate.STORED,
              null,
              batch == null ? InspectionView.of(inspection) : null));
    }
    em.flush();
    // written, and not changed again: the flushes still to come (the tallies', the commit's)
    // would otherwise check each of a batch's thousands of entities for changes, twice
    em.clear();
    if (!stored.isEmpty()) {
      tallies.count(counts);
      Inspection first = stored.get(0);
      AuditEvent event =
          batch == null
              ? AuditEvent.of(RECORDED, SUBJECT, first.id().toString(), first.regionPath())
              : AuditEvent.of(RECORDED, BATCH, batch.toString(), first.regionPath())
                  .withItems(SUBJECT, stored.stream().map(i -> i.id().toString()).toList());
      audit.record(
          event.withSummary(
              "stored="
                  + stored.size()
                  + " duplicates="
                  + results.stream().filter(r -> r.fate() == Fate.DUPLICATE).count()
                  + " rejected="
                  + results.stream().filter(r -> r.fate() == Fate.REJECTED).count()));
    }
    return new Attempt(results, null, null);
  }

  /**
   * What the items of one request share, looked up once: a batch is a device's, of one checkpoint
   * and a few recorders' shifts, and each look-up would otherwise be a query per item (and, in the
   * persistence context the batch fills, a flush of everything persisted before it).
   */
  private final class Lookups {

    final Map<UUID, Checkpoint> checkpointsById = new HashMap<>();
    final Map<String, PolicyTimeline> timelines = new HashMap<>();
    final Map<List<UUID>, List<OnDuty>> seats = new HashMap<>();

    Checkpoint checkpoint(UUID id) {
      return checkpointsById.computeIfAbsent(
          id, key -> checkpoints.require(key, CheckpointPermission.INSPECT));
    }

    Optional<PolicyInForce> policy(Checkpoint checkpoint, Instant at) {
      return timelines.computeIfAbsent(checkpoint.regionPath(), policies::timeline).inForceAt(at);
    }

    /**
     * The seat the recorder was signed in on at the time: one found before for an item of the same
     * shift, or asked of the rosters api (and kept).
     */
    Optional<OnDuty> duty(UUID post, UUID recorder, Instant at) {
      List<OnDuty> known = seats.computeIfAbsent(List.of(post, recorder), key -> new ArrayList<>());
      for (OnDuty duty : known) {
        if (duty.covers(at)) {
          return Optional.of(duty);
        }
      }
      Optional<OnDuty> found = duties.onDutyAt(post, recorder, at);
      found.ifPresent(known::add);
      return found;
    }
  }

  /** The inspection of an item, through its four steps; a Problem when a rule refuses it. */
  private Inspection inspection(
      InspectionForms.Item item, Lookups places, UUID batch, String hash, Instant now) {
    Checkpoint checkpoint = places.checkpoint(item.checkpoint());
    checkpoint.requireInspecting(item.lane());
    requireShape(item);
    Instant guided = item.guidedAt().toInstant();
    Instant recorded = item.recordedAt().toInstant();
    Inspection inspection =
        Inspection.guided(
            item.id(),
            checkpoint.id(),
            checkpoint.regionPath(),
            item.lane(),
            guided,
            batch,
            hash,
            now);
    inspection.verify(item.verifiedAt().toInstant(), now);
    OnDuty duty =
        places
            .duty(checkpoint.post(), item.recorder(), recorded)
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "recorder",
                        Text.of(
                            "记录人当时未在本卡口签到值守",
                            "the recorder was not signed in on a seat of this checkpoint then")));
    PolicyInForce policy =
        places
            .policy(checkpoint, guided)
            .orElseThrow(
                () ->
                    Problem.conflict(
                        Text.of(
                            "本地此时没有生效的筛查政策", "No screening policy is in force here at that time")));
    List<Inspection.Judged> people = new ArrayList<>();
    int seq = 1;
    for (InspectionForms.Traveller t : item.people()) {
      Judgement judgement =
          policy.judge(
              new Traveller(
                  t.healthCode(),
                  t.riskAreaDaysAgo(),
                  t.testAgeHours(),
                  t.temperature(),
                  item.origin()));
      people.add(
          new Inspection.Judged(
              new InspectedPerson(
                  seq++,
                  t.role(),
                  PersonName.of(t.name()),
                  IdNumber.of(t.idNumber()),
                  t.phone() == null || t.phone().isBlank() ? null : PhoneNumber.of(t.phone()),
                  HealthNote.of(checks(t, judgement))),
              judgement.decision()));
    }
    inspection.record(
        new Inspection.Record(
            item.subject(),
            item.vehicleKind(),
            item.plate() == null || item.plate().isBlank() ? null : PlateNumber.of(item.plate()),
            item.origin() == null ? null : TravelHistory.of(item.origin()),
            people,
            policy.versionId(),
            item.recorder(),
            access.caller().name(),
            duty.date(),
            duty.shift()),
        recorded,
        now);
    inspection.divert(
        item.outcome(),
        item.destination() == null || item.destination().isBlank()
            ? null
            : RegionCode.parse("destination", item.destination()),
        item.divertedAt().toInstant(),
        now);
    return inspection;
  }

  /** A vehicle has a kind, a plate and one driver; a person on foot is one pedestrian. */
  private static void requireShape(InspectionForms.Item item) {
    if (item.subject() == InspectionSubject.VEHICLE) {
      if (item.vehicleKind() == null) {
        throw Problem.invalid("vehicleKind", Text.of("车辆须写明车型", "a vehicle has a kind"));
      }
      if (item.plate() == null || item.plate().isBlank()) {
        throw Problem.invalid("plate", Text.of("车辆须登记车牌", "a vehicle has a plate"));
      }
      long drivers = item.people().stream().filter(t -> t.role() == TravellerRole.DRIVER).count();
      if (drivers != 1
          || item.people().stream().anyMatch(t -> t.role() == TravellerRole.PEDESTRIAN)) {
        throw Problem.invalid(
            "people",
            Text.of("车辆有且只有一名驾驶员,其余为乘客", "a vehicle has one driver, the others passengers"));
      }
    } else {
      if (item.vehicleKind() != null || (item.plate() != null && !item.plate().isBlank())) {
        throw Problem.invalid("plate", Text.of("行人不登记车辆", "a person on foot has no vehicle"));
      }
      if (item.people().size() != 1 || item.people().get(0).role() != TravellerRole.PEDESTRIAN) {
        throw Problem.invalid("people", Text.of("行人查验只登记一人", "a person on foot is one pedestrian"));
      }
    }
  }

  /**
   * Each traveller handed to the destination grid: their returnee-ledger entry and home case, in
   * this transaction (the grids api joins it); a refusal there refuses the inspection.
   */
  private void handOver(Inspection inspection, InspectionForms.Item item) {
    RegionCode place = inspection.destination();
    HomeCaseKind kind = item.homeCase() == null ? HomeCaseKind.HOME_OBSERVATION : item.homeCase();
    String reference = inspection.id().toString();
    for (InspectionForms.Traveller t : item.people()) {
      IdNumber idNumber = IdNumber.of(t.idNumber());
      PhoneNumber phone =
          t.phone() == null || t.phone().isBlank() ? null : PhoneNumber.of(t.phone());
      ledger.register(
          new ReturneeDetails(
              t.name().strip(),
              idNumber,
              phone,
              place,
              inspection.day(),
              mode(item),
              item.origin() == null ? null : TravelHistory.of(item.origin()),
              t.riskAreaDaysAgo() != null),
          ReturneeSource.CHECKPOINT,
          reference);
      homeCases.open(
          new HomeCaseDetails(
              t.name().strip(), idNumber, phone, place, kind, inspection.day(), null, null, null),
          "checkpoints",
          reference);
    }
  }

  private static TravelMode mode(InspectionForms.Item item) {
    if (item.subject() != InspectionSubject.VEHICLE) {
      return TravelMode.OTHER;
    }
    return item.vehicleKind() == VehicleKind.CAR
        ? TravelMode.CAR
        : item.vehicleKind() == VehicleKind.BUS ? TravelMode.BUS : TravelMode.OTHER;
  }

  /** What the checks found and the policy judged, as the sealed note keeps it. */
  static String checks(InspectionForms.Traveller t, Judgement judgement) {
    StringBuilder note = new StringBuilder(t.healthCode().label().zh());
    note.append(";")
        .append(t.riskAreaDaysAgo() == null ? "无风险地区行程" : t.riskAreaDaysAgo() + "天前途经风险地区");
    note.append(";").append(t.testAgeHours() == null ? "无核酸证明" : "核酸" + t.testAgeHours() + "小时");
    note.append(";").append(t.temperature().toPlainString()).append("℃");
    note.append(";判定:").append(judgement.decision().label().zh());
    return note.toString();
  }

  /**
   * A keyed hash of what the device sent, in a fixed form (times as instants): a resend hashes the
   * same, another inspection under the same id does not; nothing of it can be read back.
   */
  static String fingerprint(InspectionForms.Item item) {
    StringBuilder text = new StringBuilder();
    text.append(item.id()).append('|').append(item.checkpoint()).append('|').append(item.lane());
    text.append('|').append(item.subject()).append('|').append(item.vehicleKind());
    text.append('|').append(item.plate() == null ? null : item.plate().strip().toUpperCase());
    text.append('|').append(item.origin()).append('|').append(item.destination());
    text.append('|').append(item.homeCase());
    text.append('|')
        .append(item.guidedAt().toInstant())
        .append('|')
        .append(item.verifiedAt().toInstant());
    text.append('|')
        .append(item.recordedAt().toInstant())
        .append('|')
        .append(item.divertedAt().toInstant());
    text.append('|').append(item.outcome()).append('|').append(item.recorder());
    for (InspectionForms.Traveller t : item.people()) {
      text.append("|[").append(t.role()).append(',').append(t.name().strip());
      text.append(',').append(t.idNumber().toUpperCase()).append(',').append(t.phone());
      text.append(',').append(t.healthCode()).append(',').append(t.riskAreaDaysAgo());
      text.append(',').append(t.testAgeHours()).append(',');
      text.append(
          t.temperature() == null ? null : t.temperature().stripTrailingZeros().toPlainString());
      text.append(']');
    }
    return Sealed.fingerprint("checkpoints-inspection", text.toString());
  }

  private static ItemResult rejected(Indexed indexed, Problem problem) {
    return new ItemResult(indexed.index(), indexed.item().id(), Fate.REJECTED, problem);
  }

  /** One inspection, masked. */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public InspectionView get(UUID id) {
    Inspection inspection = em.find(Inspection.class, id);
    access.requireWithin(
        CheckpointPermission.CHECKPOINTS_READ,
        inspection == null ? null : inspection.regionPath(),
        INSPECTION);
    return InspectionView.of(inspection);
  }

  /** The result of the test an inspection took on site. */
  @CheckpointAccess(CheckpointPermission.INSPECT)
  public InspectionView testResult(UUID id, org.shaodian.kernel.api.personal.TestOutcome result) {
    Inspection inspection = em.find(Inspection.class, id);
    access.requireWithin(
        CheckpointPermission.INSPECT,
        inspection == null ? null : inspection.regionPath(),
        INSPECTION);
    inspection.testResult(result, clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(TEST_RESULT, SUBJECT, id.toString(), inspection.regionPath())
            .withSummary("test result recorded"));
    return InspectionView.of(inspection);
  }

  /** The inspections of a jurisdiction, by checkpoint, day and outcome; masked. */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public Page<InspectionView> list(
      RegionCode region,
      UUID checkpoint,
      java.time.LocalDate day,
      DivertOutcome outcome,
      PageRequest page) {
    JurisdictionScope scope = access.scope(CheckpointPermission.CHECKPOINTS_READ, region);
    KeysetQuery<Inspection> query =
        KeysetQuery.of(em, Inspection.class, "i").within("i.regionPath", scope);
    if (checkpoint != null) {
      query.where("i.checkpoint = :checkpoint", "checkpoint", checkpoint);
    }
    if (day != null) {
      query.where("i.day = :day", "day", day);
    }
    if (outcome != null) {
      query.where("i.outcome = :outcome", "outcome", outcome);
    }
    return query
        .orderBy("i.regionPath", Inspection::regionPath)
        .orderBy("i.recordedAt", Inspection::recordedAt)
        .orderBy("i.id", Inspection::id)
        .fetch(page)
        .map(InspectionView::of);
  }
}
