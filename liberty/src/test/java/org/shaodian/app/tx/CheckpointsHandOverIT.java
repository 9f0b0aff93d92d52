package org.shaodian.app.tx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import db.demo.rosters.V2__demo_posts_and_week;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.HealthCodeColour;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.TravellerRole;
import org.shaodian.checkpoints.api.VehicleKind;
import org.shaodian.checkpoints.internal.inspection.InspectionDesk.Fate;
import org.shaodian.checkpoints.internal.inspection.InspectionDesk.ItemResult;
import org.shaodian.checkpoints.internal.inspection.InspectionForms;
import org.shaodian.checkpoints.internal.inspection.InspectionIntake;
import org.shaodian.grids.api.HomeCaseDetails;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.grids.api.HomeCases;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.rosters.api.DutyService;
import org.shaodian.rosters.internal.duty.DutyRoster;

/**
 * Inside the container, the checkpoint → grids hand-over of issue 8 through the entry the REST
 * resource uses ({@link InspectionIntake}, behind {@code POST /inspections}): at the demo's highway
 * exit, recorded by the holder of a seat of its post, a car's driver and passenger are sent home to
 * Xihu village. The inspection, its people, the day's tally, the two returnee-ledger entries, the
 * two home cases and the audit entries commit together. When the grid refuses — a destination that
 * is no village or grid, or a passenger already under home management, refused after the driver's
 * entry and case were written — nothing is stored and the caller hears the grid's reason. When the
 * transaction fails after the hand-over — the inspection's own audit entry, or the caller's
 * transaction rolled back — nothing of it remains.
 */
@ExtendWith(ArquillianExtension.class)
class CheckpointsHandOverIT {

  private static final RegionCode SHOUCHANG = RegionCode.of("330182107000");
  private static final RegionCode XIHU_VILLAGE = RegionCode.of("330182107201");

  /** The rosters demo's post of the highway exit; the checkpoints demo's exit stands on it. */
  private static final UUID HIGHWAY_POST = V2__demo_posts_and_week.HIGHWAY_POST;

  @Deployment
  static WebArchive deployment() {
    return TestArchives.application("shaodian-checkpoints-handover-test.war")
        .addClasses(
            CheckpointsHandOverIT.class, HighwayExitRecorder.class, BreakableAuditTrail.class)
        // all beans in WEB-INF/classes, so that the decorator is found
        .addAsWebInfResource(
            new StringAsset(
                "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                    + " bean-discovery-mode=\"all\"/>"),
            "beans.xml");
  }

  @Inject InspectionIntake intake;

  @Inject DutyService duties;

  /** For the sign-in at the seat, as the checkpoint's staff do it on the tablet. */
  @Inject DutyRoster roster;

  @Inject HomeCases homeCases;

  @Inject Callers callers;

  @Inject Regions regions;

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  @AfterEach
  void repairAudit() {
    BreakableAuditTrail.BROKEN_FOR.set(null);
    BreakableAuditTrail.WRITTEN.clear();
  }

  /** Shouchang's checkpoint staff, as the tablet's requests run. */
  private <T> T asCheckpointStaff(Callable<T> work) throws Exception {
    Caller staff =
        Caller.user(
            "checkpoints-handover-test", Set.of(Role.CHECKPOINT_STAFF), regions.get(SHOUCHANG));
    return callers.runAs(new CapturedCaller(staff, Language.ZH), work);
  }

  /**
   * The holder of a seat of the highway exit's post in the running shift (a recorder's, if one is
   * held), signed in: the demo signs in the duties begun before it started, five minutes after
   * their start; a later shift's holder is signed in here, as the staff would at the tablet.
   */
  private HighwayExitRecorder recorderOnDuty() throws Exception {
    UUID checkpoint =
        one(
            "select id from checkpoints_checkpoint where post_id = ? and status = 'OPEN'",
            HIGHWAY_POST);
    return HighwayExitRecorder.onDuty(checkpoint, duties, roster, this::asCheckpointStaff);
  }

  /** A car through lane 1 with these travellers (driver first), all sent home to {@code to}. */
  private static InspectionForms.Item car(
      UUID id, HighwayExitRecorder recorder, RegionCode to, IdNumber... travellers) {
    List<InspectionForms.Traveller> people = new ArrayList<>();
    for (int i = 0; i < travellers.length; i++) {
      people.add(
          new InspectionForms.Traveller(
              i == 0 ? TravellerRole.DRIVER : TravellerRole.PASSENGER,
              i == 0 ? "过境司机" : "同车乘客",
              travellers[i].reveal(),
              "13957101234",
              HealthCodeColour.GREEN,
              5,
              20,
              new BigDecimal("36.6")));
    }
    return new InspectionForms.Item(
        id,
        recorder.checkpoint(),
        1,
        InspectionSubject.VEHICLE,
        VehicleKind.CAR,
        "浙A" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000)),
        "310000",
        to.value(),
        HomeCaseKind.HOME_ISOLATION,
        time(recorder.at().minus(HighwayExitRecorder.GUIDED_BEFORE_RECORDED)),
        time(recorder.at().minusSeconds(20)),
        time(recorder.at()),
        time(recorder.at().plusSeconds(1)),
        DivertOutcome.HOME_MANAGEMENT,
        recorder.person(),
        people);
  }

  private static OffsetDateTime time(Instant at) {
    return at.atZone(ShaodianTime.ZONE).toOffsetDateTime();
  }

  private ItemResult record(InspectionForms.Item item) throws Exception {
    List<ItemResult> results = asCheckpointStaff(() -> intake.receive(null, List.of(item)));
    assertEquals(1, results.size());
    return results.get(0);
  }

  @Test
  void theInspectionItsTallyTheLedgerEntriesTheCasesAndTheAuditCommitTogether() throws Exception {
    HighwayExitRecorder recorder = recorderOnDuty();
    UUID id = UUID.randomUUID();
    IdNumber driver = idNumber();
    IdNumber passenger = idNumber();
    long[] tally = tally(recorder);

    ItemResult result = record(car(id, recorder, XIHU_VILLAGE, driver, passenger));

    assertEquals(Fate.STORED, result.fate(), () -> "refused: " + describe(result.problem()));
    // read after the commit, each in a connection of its own
    assertEquals(
        1,
        count(
            "select count(*) from checkpoints_inspection where id = ? and outcome = ?"
                + " and destination = ? and recorder = ? and duty_day = ? and shift_no = ?",
            id,
            "HOME_MANAGEMENT",
            XIHU_VILLAGE.value(),
            recorder.person(),
            recorder.day(),
            recorder.shift()));
    assertEquals(
        2, count("select count(*) from checkpoints_inspected_person where inspection_id = ?", id));
    assertArrayEquals(new long[] {tally[0] + 1, tally[1] + 2}, tally(recorder));
    for (IdNumber traveller : List.of(driver, passenger)) {
      assertEquals(
          1,
          count(
              "select count(*) from grids_returnee where id_number_index = ? and stay_code = ?",
              Sealed.blindIndex(traveller),
              XIHU_VILLAGE.value()));
      assertEquals(
          1,
          count(
              "select count(*) from grids_home_case where id_number_index = ? and state = 'OPEN'"
                  + " and kind = 'HOME_ISOLATION' and place_code = ? and source = 'checkpoints'"
                  + " and reference = ?",
              Sealed.blindIndex(traveller),
              XIHU_VILLAGE.value(),
              id.toString()));
    }
    List<String> returnees =
        ids(
            "select returnee_id from grids_returnee_registration where source = 'CHECKPOINT'"
                + " and reference = ?",
            id.toString());
    List<String> cases = ids("select id from grids_home_case where reference = ?", id.toString());
    assertEquals(2, returnees.size());
    assertEquals(2, cases.size());
    // one entry for the inspection, and the grid's own for each entry and case
    assertEquals(
        1,
        count(
            "select count(*) from kernel_audit where subject_type = 'checkpoints.inspection'"
                + " and subject_id = ? and action = 'recorded'",
            id.toString()));
    assertEquals(2, audited("grids.returnee", returnees));
    assertEquals(2, audited("grids.home-case", cases));
  }

  @Test
  void aDestinationTheGridRefusesStoresNothingAndTheCallerHearsWhy() throws Exception {
    HighwayExitRecorder recorder = recorderOnDuty();
    UUID id = UUID.randomUUID();
    IdNumber driver = idNumber();
    IdNumber passenger = idNumber();
    Before before = before(recorder);

    // the town itself: the ledger keeps people where they live, a village or a grid
    ItemResult result = record(car(id, recorder, SHOUCHANG, driver, passenger));

    assertEquals(Fate.REJECTED, result.fate());
    assertEquals(id, result.id());
    assertEquals(400, result.problem().status());
    assertEquals("stay", result.problem().fieldErrors().get(0).field());
    assertEquals("须为村、社区或网格", result.problem().fieldErrors().get(0).message().zh());
    assertNothingOf(id, recorder, before, driver, passenger);
  }

  @Test
  void aRefusalAfterPartOfTheHandOverWasWrittenLeavesNoneOfIt() throws Exception {
    HighwayExitRecorder recorder = recorderOnDuty();
    UUID id = UUID.randomUUID();
    IdNumber driver = idNumber();
    IdNumber passenger = idNumber();
    // the passenger is under home management already, sent home by an earlier inspection
    asCheckpointStaff(
        () ->
            homeCases.open(
                new HomeCaseDetails(
                    "同车乘客",
                    passenger,
                    null,
                    XIHU_VILLAGE,
                    HomeCaseKind.HOME_OBSERVATION,
                    LocalDate.now(ShaodianTime.ZONE),
                    null,
                    null,
                    null),
                "checkpoints",
                UUID.randomUUID().toString()));
    Before before = before(recorder);

    // the driver's ledger entry and case are written, the passenger's entry too; their case is
    // refused: one open case per person
    ItemResult result = record(car(id, recorder, XIHU_VILLAGE, driver, passenger));

    assertEquals(Fate.REJECTED, result.fate());
    assertEquals(409, result.problem().status());
    assertEquals("此人已有未结束的居家健康管理,请先结束或延长该管理", result.problem().detail().zh());
    assertNothingOf(id, recorder, before, driver, passenger);
    assertEquals(
        1,
        count(
            "select count(*) from grids_home_case where id_number_index = ?",
            Sealed.blindIndex(passenger)),
        "the passenger's earlier case is all they have");
  }

  @Test
  void whenTheInspectionsAuditEntryFailsAfterTheHandOverNothingRemains() throws Exception {
    HighwayExitRecorder recorder = recorderOnDuty();
    UUID id = UUID.randomUUID();
    IdNumber driver = idNumber();
    IdNumber passenger = idNumber();
    Before before = before(recorder);
    BreakableAuditTrail.BROKEN_FOR.set("checkpoints");

    assertThrows(
        RuntimeException.class, () -> record(car(id, recorder, XIHU_VILLAGE, driver, passenger)));

    // the grid had written both travellers' entries and cases, audited, before the inspection's
    // own entry, the last write of the transaction, failed
    assertEquals(
        List.of("grids.returnee", "grids.home-case", "grids.returnee", "grids.home-case"),
        List.copyOf(BreakableAuditTrail.WRITTEN));
    BreakableAuditTrail.BROKEN_FOR.set(null);
    assertNothingOf(id, recorder, before, driver, passenger);
  }

  @Test
  void whenTheCallersTransactionRollsBackAfterTheWriteNothingRemains() throws Exception {
    HighwayExitRecorder recorder = recorderOnDuty();
    UUID id = UUID.randomUUID();
    IdNumber driver = idNumber();
    IdNumber passenger = idNumber();
    Before before = before(recorder);
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    transaction.begin();
    try {
      ItemResult result = record(car(id, recorder, XIHU_VILLAGE, driver, passenger));
      assertEquals(Fate.STORED, result.fate(), () -> "refused: " + describe(result.problem()));
      // inside the transaction (the same connection), all of it is there
      assertEquals(1, count("select count(*) from checkpoints_inspection where id = ?", id));
      assertArrayEquals(new long[] {before.tally()[0] + 1, before.tally()[1] + 2}, tally(recorder));
      assertEquals(
          2,
          count(
              "select count(*) from grids_returnee_registration where reference = ?",
              id.toString()));
      assertEquals(
          2, count("select count(*) from grids_home_case where reference = ?", id.toString()));
      assertEquals(
          1, count("select count(*) from kernel_audit where subject_id = ?", id.toString()));
      transaction.rollback();
    } finally {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
    assertNothingOf(id, recorder, before, driver, passenger);
  }

  /** The figures an inspection that is not stored must leave as they were. */
  private record Before(long[] tally, long gridAudit) {}

  private Before before(HighwayExitRecorder recorder) throws SQLException {
    return new Before(tally(recorder), gridAudit());
  }

  private void assertNothingOf(
      UUID id, HighwayExitRecorder recorder, Before before, IdNumber... travellers)
      throws SQLException {
    assertEquals(0, count("select count(*) from checkpoints_inspection where id = ?", id));
    assertEquals(
        0, count("select count(*) from checkpoints_inspected_person where inspection_id = ?", id));
    assertArrayEquals(before.tally(), tally(recorder), "the tally");
    for (IdNumber traveller : travellers) {
      assertEquals(
          0,
          count(
              "select count(*) from grids_returnee where id_number_index = ?",
              Sealed.blindIndex(traveller)),
          "a ledger entry");
    }
    assertEquals(
        0,
        count(
            "select count(*) from grids_returnee_registration where reference = ?", id.toString()));
    assertEquals(
        0, count("select count(*) from grids_home_case where reference = ?", id.toString()));
    assertEquals(
        0,
        count(
            "select count(*) from grids_home_case where id_number_index = ?",
            Sealed.blindIndex(travellers[0])),
        "the driver's case");
    assertEquals(0, count("select count(*) from kernel_audit where subject_id = ?", id.toString()));
    assertEquals(before.gridAudit(), gridAudit(), "the grid's audit entries");
  }

  /** The day's tally of cars sent home at the recorder's checkpoint and shift: cars, people. */
  private long[] tally(HighwayExitRecorder recorder) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select inspections, people from checkpoints_tally where checkpoint_id = ?"
                    + " and duty_day = ? and shift_no = ? and subject = 'VEHICLE'"
                    + " and vehicle_kind = 'CAR' and outcome = 'HOME_MANAGEMENT'")) {
      statement.setObject(1, recorder.checkpoint());
      statement.setObject(2, recorder.day());
      statement.setInt(3, recorder.shift());
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? new long[] {result.getLong(1), result.getLong(2)} : new long[2];
      }
    }
  }

  /** The audit entries about any returnee or home case. */
  private long gridAudit() throws SQLException {
    return count(
        "select count(*) from kernel_audit where subject_type in ('grids.returnee',"
            + " 'grids.home-case')");
  }

  private long audited(String subjectType, List<String> subjectIds) throws SQLException {
    long entries = 0;
    for (String subjectId : subjectIds) {
      entries +=
          count(
              "select count(*) from kernel_audit where subject_type = ? and subject_id = ?",
              subjectType,
              subjectId);
    }
    return entries;
  }

  /** A valid ID number of Tonglu (330122), where no demo data lives; a new one each call. */
  private static IdNumber idNumber() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
    String first17 =
        "330122"
            + born.toString().replace("-", "")
            + String.format("%03d", 500 + random.nextInt(500));
    return IdNumber.of(first17 + IdNumber.checkDigit(first17));
  }

  private static String describe(Problem problem) {
    return problem == null
        ? "no problem"
        : problem.status() + " " + problem.detail() + " " + problem.fieldErrors();
  }

  private UUID one(String sql, Object... parameters) throws SQLException {
    List<String> found = ids(sql, parameters);
    assertEquals(1, found.size(), () -> "one row of " + sql);
    return UUID.fromString(found.get(0));
  }

  private List<String> ids(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> ids = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          ids.add(result.getObject(1).toString());
        }
      }
      return ids;
    }
  }

  /** Counts in a connection of its own when outside a transaction, the shared one inside. */
  private long count(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
