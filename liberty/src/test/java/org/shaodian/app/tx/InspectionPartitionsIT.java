package org.shaodian.app.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import db.demo.rosters.V2__demo_posts_and_week;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.HealthCodeColour;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.TravellerRole;
import org.shaodian.checkpoints.api.VehicleKind;
import org.shaodian.checkpoints.internal.inspection.DayPartitions;
import org.shaodian.checkpoints.internal.inspection.InspectionDesk.Fate;
import org.shaodian.checkpoints.internal.inspection.InspectionDesk.ItemResult;
import org.shaodian.checkpoints.internal.inspection.InspectionForms;
import org.shaodian.checkpoints.internal.inspection.InspectionIntake;
import org.shaodian.checkpoints.internal.inspection.InspectionPartitions;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.rosters.api.DutyService;
import org.shaodian.rosters.internal.duty.DutyRoster;

/**
 * Inside the container, inspections partitioned by day (issue 11). On PostgreSQL: both tables are
 * partitioned, with the partitions of the week behind and the days ahead made at start-up and a
 * DEFAULT each; an inspection recorded through the intake lands in its duty day's partition, with
 * its people in theirs; the same batch sent twice, and by two threads at once, is stored once; a
 * day whose rows waited in DEFAULT gets its partition with them; the retention purge's shortcut
 * drops a day's people partition when all of the day lies within the purged region, and only then.
 * On H2 the tables stay plain, the people carry their day all the same, and the rest works as
 * before.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionPartitionsIT {

  private static final RegionCode SHOUCHANG = RegionCode.of("330182107000");

  private static final UUID HIGHWAY_POST = V2__demo_posts_and_week.HIGHWAY_POST;

  /** Days ahead the test server makes (shaodian.inspections.partitions-ahead, its default). */
  private static final int AHEAD = 7;

  /**
   * The rows this test writes with SQL lie in a region path of no real region: no list, briefing or
   * purge of a real region sees them.
   */
  private static final String TEST_PATHS = "/zz-partitions-it/";

  @Deployment
  static WebArchive deployment() {
    return TestArchives.application("shaodian-inspection-partitions-test.war")
        .addClasses(InspectionPartitionsIT.class, HighwayExitRecorder.class);
  }

  @Inject InspectionIntake intake;

  @Inject InspectionPartitions partitions;

  @Inject DutyService duties;

  @Inject DutyRoster roster;

  @Inject Callers callers;

  @Inject Regions regions;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  @Test
  void onPostgreSqlBothTablesArePartitionedByDayWithTheDaysAheadMade() throws Exception {
    if (!postgres()) {
      // H2: plain tables; the people carry their inspection's day all the same
      assertEquals(
          1,
          count(
              "select count(*) from information_schema.columns where lower(table_name) ="
                  + " 'checkpoints_inspected_person' and lower(column_name) = 'duty_day'"
                  + " and is_nullable = 'NO'"));
      assertEquals(0, partitions.run("test"), "nothing to make on H2");
      return;
    }
    for (String table : List.of(DayPartitions.INSPECTIONS, DayPartitions.PEOPLE)) {
      assertEquals(
          1,
          count(
              "select count(*) from pg_partitioned_table where partrelid = to_regclass(?)"
                  + " and partstrat = 'r'",
              table),
          table + " is partitioned by range");
      assertEquals(
          1,
          count(
              "select count(*) from pg_inherits where inhparent = to_regclass(?)"
                  + " and inhrelid = to_regclass(?)",
              table,
              DayPartitions.defaultPartition(table)),
          table + " has its DEFAULT partition");
      for (LocalDate day :
          DayPartitions.days(
              LocalDate.now(ShaodianTime.ZONE), InspectionPartitions.BEHIND, AHEAD)) {
        assertEquals(
            1,
            count(
                "select count(*) from pg_inherits where inhparent = to_regclass(?)"
                    + " and inhrelid = to_regclass(?)",
                table,
                DayPartitions.partition(table, day)),
            table + " has the partition of " + day);
      }
    }
    // a day's people refer to their inspection by id and day, in the day's partition; the key
    // contains the day
    LocalDate today = LocalDate.now(ShaodianTime.ZONE);
    assertEquals(
        1,
        count(
            "select count(*) from pg_constraint where contype = 'f'"
                + " and conrelid = to_regclass(?) and confrelid = to_regclass(?)"
                + " and pg_get_constraintdef(oid) like 'FOREIGN KEY (inspection_id, duty_day)%'",
            DayPartitions.partition(DayPartitions.PEOPLE, today),
            DayPartitions.partition(DayPartitions.INSPECTIONS, today)));
    assertEquals(
        1,
        count(
            "select count(*) from pg_constraint where contype = 'p'"
                + " and conname = 'checkpoints_one_inspection_per_device_id'"
                + " and pg_get_constraintdef(oid) = 'PRIMARY KEY (id, duty_day)'"));
    // made again: nothing to do
    assertEquals(0, partitions.run("test"));
  }

  @Test
  void anInspectionLandsInItsDaysPartitionAndTheSameBatchIsStoredOnce() throws Exception {
    HighwayExitRecorder recorder = recorderOnDuty();
    InspectionForms.Item first = car(UUID.randomUUID(), recorder);
    InspectionForms.Item second = car(UUID.randomUUID(), recorder);
    UUID batch = UUID.randomUUID();

    List<ItemResult> stored = send(batch, List.of(first, second));
    assertEquals(List.of(Fate.STORED, Fate.STORED), fates(stored), () -> describe(stored));
    List<ItemResult> again = send(batch, List.of(first, second));
    assertEquals(List.of(Fate.DUPLICATE, Fate.DUPLICATE), fates(again));
    for (InspectionForms.Item item : List.of(first, second)) {
      assertEquals(1, count("select count(*) from checkpoints_inspection where id = ?", item.id()));
      assertEquals(
          2,
          count(
              "select count(*) from checkpoints_inspected_person where inspection_id = ?"
                  + " and duty_day = ?",
              item.id(),
              recorder.day()));
    }
    if (postgres()) {
      assertEquals(
          List.of(DayPartitions.partition(DayPartitions.INSPECTIONS, recorder.day())),
          strings(
              "select tableoid::regclass::text from checkpoints_inspection where id = ?",
              first.id()));
      assertEquals(
          List.of(
              DayPartitions.partition(DayPartitions.PEOPLE, recorder.day()),
              DayPartitions.partition(DayPartitions.PEOPLE, recorder.day())),
          strings(
              "select tableoid::regclass::text from checkpoints_inspected_person"
                  + " where inspection_id = ?",
              first.id()));
    }

    // other content under a stored id is refused, whatever day it would have (the look-up is by
    // id alone)
    InspectionForms.Item other = car(first.id(), recorder);
    ItemResult refused = send(null, List.of(other)).get(0);
    assertEquals(Fate.REJECTED, refused.fate());
    assertEquals(409, refused.problem().status());
  }

  @Test
  void theSameBatchFromTwoDevicesAtOnceIsStoredOnce() throws Exception {
    HighwayExitRecorder recorder = recorderOnDuty();
    List<InspectionForms.Item> items = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      items.add(car(UUID.randomUUID(), recorder));
    }
    UUID batch = UUID.randomUUID();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<ItemResult>>> sent = new ArrayList<>();
    for (int thread = 0; thread < 2; thread++) {
      sent.add(
          executor.submit(
              () -> {
                start.await();
                return send(batch, items);
              }));
    }
    start.countDown();
    int stored = 0;
    int duplicates = 0;
    for (Future<List<ItemResult>> results : sent) {
      for (ItemResult result : results.get()) {
        stored += result.fate() == Fate.STORED ? 1 : 0;
        duplicates += result.fate() == Fate.DUPLICATE ? 1 : 0;
      }
    }
    assertEquals(5, stored);
    assertEquals(5, duplicates);
    for (InspectionForms.Item item : items) {
      assertEquals(1, count("select count(*) from checkpoints_inspection where id = ?", item.id()));
      assertEquals(
          2,
          count(
              "select count(*) from checkpoints_inspected_person where inspection_id = ?",
              item.id()));
    }
  }

  @Test
  void aDayWhoseRowsWaitedInDefaultGetsItsPartitionWithThem() throws Exception {
    if (!postgres()) {
      return; // H2 has no partitions (and Arquillian's runner in the server takes no assumptions)
    }
    LocalDate day = longAgo();
    String path = TEST_PATHS + UUID.randomUUID() + "/";
    UUID inspection = insertInspection(day, path);
    assertEquals(
        List.of(DayPartitions.defaultPartition(DayPartitions.INSPECTIONS)),
        strings(
            "select tableoid::regclass::text from checkpoints_inspection where id = ?",
            inspection));

    assertTrue(partitions.run("test") >= 1);

    assertEquals(
        List.of(DayPartitions.partition(DayPartitions.INSPECTIONS, day)),
        strings(
            "select tableoid::regclass::text from checkpoints_inspection where id = ?",
            inspection));
    assertEquals(
        List.of(
            DayPartitions.partition(DayPartitions.PEOPLE, day),
            DayPartitions.partition(DayPartitions.PEOPLE, day)),
        strings(
            "select tableoid::regclass::text from checkpoints_inspected_person"
                + " where inspection_id = ?",
            inspection));
    assertEquals(
        0,
        count(
            "select count(*) from "
                + DayPartitions.defaultPartition(DayPartitions.INSPECTIONS)
                + " where duty_day = ?",
            day));
    // the moved rows keep their key: the same id on the same day is refused
    assertEquals(
        "23505",
        sqlStateOf(
            "insert into checkpoints_inspection select * from checkpoints_inspection where id = ?",
            inspection));
  }

  @Test
  void theRetentionPurgeDropsADaysPeoplePartitionOnlyWhenAllOfTheDayIsWithinTheRegion()
      throws Exception {
    String path = TEST_PATHS + UUID.randomUUID() + "/";
    String end = path.substring(0, path.length() - 1) + '0';
    if (!postgres()) {
      assertEquals(
          0, partitions.apply(path, end, OffsetDateTime.now()), "no shortcut on H2: the rule");
      return;
    }
    LocalDate whole = longAgo();
    LocalDate shared = whole.plusDays(1);
    LocalDate later = whole.plusDays(2);
    List<UUID> ofWholeDay = List.of(insertInspection(whole, path), insertInspection(whole, path));
    UUID inRegionShared = insertInspection(shared, path);
    UUID elsewhere = insertInspection(shared, TEST_PATHS + "elsewhere/");
    UUID afterTheEnd = insertInspection(later, path);
    partitions.run("test"); // the three days' partitions, with their rows

    // the episode ended at the end of the shared day
    OffsetDateTime before = later.atStartOfDay(ShaodianTime.ZONE).toOffsetDateTime();
    int dropped = partitions.apply(path, end, before);

    assertEquals(4, dropped, "the whole day's four people");
    assertNull(regclass(DayPartitions.partition(DayPartitions.PEOPLE, whole)));
    // the inspections stay (the rule clears their plate, origin and test result)
    assertNotNull(regclass(DayPartitions.partition(DayPartitions.INSPECTIONS, whole)));
    for (UUID id : ofWholeDay) {
      assertEquals(1, count("select count(*) from checkpoints_inspection where id = ?", id));
    }
    // a day shared with another region, and a day after the end, keep their partition and rows:
    // the rule deletes what is the region's
    assertNotNull(regclass(DayPartitions.partition(DayPartitions.PEOPLE, shared)));
    for (UUID id : List.of(inRegionShared, elsewhere, afterTheEnd)) {
      assertEquals(
          2,
          count("select count(*) from checkpoints_inspected_person where inspection_id = ?", id));
    }
    // run again (a purge cut short is run again whole): nothing more
    assertEquals(0, partitions.apply(path, end, before));
    // a person of the dropped day sent late waits in DEFAULT, and the next run makes the
    // partition again with it
    insertPerson(ofWholeDay.get(0), whole, 9);
    assertEquals(
        List.of(DayPartitions.defaultPartition(DayPartitions.PEOPLE)),
        strings(
            "select tableoid::regclass::text from checkpoints_inspected_person"
                + " where inspection_id = ?",
            ofWholeDay.get(0)));
    partitions.run("test");
    assertEquals(
        "23503",
        sqlStateOf(
            "insert into checkpoints_inspected_person (inspection_id, seq, role, name, id_number,"
                + " id_index, checks, duty_day) values (?, 1, 'DRIVER', 'x', 'x', 'x', 'x', ?)",
            UUID.randomUUID(),
            whole),
        "the partition made again refers to the day's inspections");
    assertEquals(
        List.of(DayPartitions.partition(DayPartitions.PEOPLE, whole)),
        strings(
            "select tableoid::regclass::text from checkpoints_inspected_person"
                + " where inspection_id = ?",
            ofWholeDay.get(0)));
  }

  // --- the intake, as CheckpointsHandOverIT drives it

  private <T> T asCheckpointStaff(Callable<T> work) throws Exception {
    Caller staff =
        Caller.user(
            "inspection-partitions-test", Set.of(Role.CHECKPOINT_STAFF), regions.get(SHOUCHANG));
    return callers.runAs(new CapturedCaller(staff, Language.ZH), work);
  }

  private List<ItemResult> send(UUID batch, List<InspectionForms.Item> items) throws Exception {
    return asCheckpointStaff(() -> intake.receive(batch, items));
  }

  /** The holder of a seat of the highway exit's post in the running shift, signed in. */
  private HighwayExitRecorder recorderOnDuty() throws Exception {
    List<String> found =
        strings(
            "select cast(id as varchar(36)) from checkpoints_checkpoint where post_id = ?"
                + " and status = 'OPEN'",
            HIGHWAY_POST);
    assertEquals(1, found.size(), "the demo's highway exit");
    UUID checkpoint = UUID.fromString(found.get(0));
    return HighwayExitRecorder.onDuty(checkpoint, duties, roster, this::asCheckpointStaff);
  }

  /** A car with a driver and a passenger, green codes, released; a plate of its own each call. */
  private static InspectionForms.Item car(UUID id, HighwayExitRecorder recorder) {
    List<InspectionForms.Traveller> people = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      people.add(
          new InspectionForms.Traveller(
              i == 0 ? TravellerRole.DRIVER : TravellerRole.PASSENGER,
              i == 0 ? "分区司机" : "分区乘客",
              idNumber().reveal(),
              null,
              HealthCodeColour.GREEN,
              null,
              20,
              new BigDecimal("36.5")));
    }
    return new InspectionForms.Item(
        id,
        recorder.checkpoint(),
        1,
        InspectionSubject.VEHICLE,
        VehicleKind.CAR,
        "浙A" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000)),
        null,
        null,
        null,
        time(recorder.at().minus(HighwayExitRecorder.GUIDED_BEFORE_RECORDED)),
        time(recorder.at().minusSeconds(20)),
        time(recorder.at().minusSeconds(1)),
        time(recorder.at()),
        DivertOutcome.RELEASED,
        recorder.person(),
        people);
  }

  private static OffsetDateTime time(Instant at) {
    return at.atZone(ShaodianTime.ZONE).toOffsetDateTime();
  }

  private static IdNumber idNumber() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
    String first17 =
        "330122"
            + born.toString().replace("-", "")
            + String.format("%03d", 500 + random.nextInt(500));
    return IdNumber.of(first17 + IdNumber.checkDigit(first17));
  }

  private static List<Fate> fates(List<ItemResult> results) {
    return results.stream().map(ItemResult::fate).toList();
  }

  private static String describe(List<ItemResult> results) {
    return results.stream()
        .map(
            r ->
                r.fate()
                    + (r.problem() == null
                        ? ""
                        : " " + r.problem().detail() + " " + r.problem().fieldErrors()))
        .toList()
        .toString();
  }

  // --- rows written with SQL, on days long ago that no other test writes

  /** A day of the 2000s, a fresh one each call (and the two after it free as well, mostly). */
  private static LocalDate longAgo() {
    return LocalDate.of(2000, 1, 1).plusDays(3 * ThreadLocalRandom.current().nextInt(1_200));
  }

  /** An inspection of the demo's highway exit on {@code day}, in {@code path}, with two people. */
  private UUID insertInspection(LocalDate day, String path) throws SQLException {
    UUID id = UUID.randomUUID();
    OffsetDateTime at = day.atTime(10, 0).atZone(ShaodianTime.ZONE).toOffsetDateTime();
    UUID checkpoint =
        UUID.fromString(
            strings(
                    "select cast(id as varchar(36)) from checkpoints_checkpoint where post_id = ?",
                    HIGHWAY_POST)
                .get(0));
    update(
        "insert into checkpoints_inspection (id, checkpoint_id, lane_no, region_path, subject,"
            + " vehicle_kind, plate, guided_at, verified_at, recorded_at, diverted_at, duty_day,"
            + " shift_no, outcome, people, policy_id, recorder, recorded_by, content_hash,"
            + " received_at, version) values (?, ?, 1, ?, 'VEHICLE', 'CAR', ?, ?, ?, ?, ?, ?, 2,"
            + " 'RELEASED', 2, ?, ?, 'inspection-partitions-test', 'test', ?, 0)",
        id,
        checkpoint,
        path,
        Sealed.seal("PlateNumber", "浙A00001"),
        at,
        at,
        at,
        at,
        day,
        UUID.randomUUID(),
        UUID.randomUUID(),
        at);
    insertPerson(id, day, 1);
    insertPerson(id, day, 2);
    return id;
  }

  private void insertPerson(UUID inspection, LocalDate day, int seq) throws SQLException {
    IdNumber idNumber = idNumber();
    update(
        "insert into checkpoints_inspected_person (inspection_id, seq, role, name, id_number,"
            + " id_index, checks, duty_day) values (?, ?, ?, ?, ?, ?, ?, ?)",
        inspection,
        seq,
        seq == 1 ? "DRIVER" : "PASSENGER",
        Sealed.seal("PersonName", "分区测试"),
        Sealed.seal("IdNumber", idNumber.reveal()),
        Sealed.blindIndex(idNumber),
        Sealed.seal("HealthNote", "绿码"),
        day);
  }

  // --- the database

  private boolean postgres() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }
  }

  private String regclass(String table) throws SQLException {
    return strings("select cast(to_regclass(?) as text)", table).get(0);
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      statement.executeUpdate();
    }
  }

  private String sqlStateOf(String sql, Object... parameters) throws SQLException {
    try {
      update(sql, parameters);
      return null;
    } catch (SQLException e) {
      return e.getSQLState();
    }
  }

  private List<String> strings(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      List<String> values = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          values.add(result.getString(1));
        }
      }
      return values;
    }
  }

  private long count(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }
}
