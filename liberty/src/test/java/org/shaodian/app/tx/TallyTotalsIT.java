package org.shaodian.app.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shaodian.checkpoints.api.CheckpointKind;
import org.shaodian.checkpoints.api.CheckpointStatus;
import org.shaodian.checkpoints.api.CheckpointTallies;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.internal.registry.CheckpointForms;
import org.shaodian.checkpoints.internal.registry.CheckpointRegistry;
import org.shaodian.checkpoints.internal.registry.CheckpointView;
import org.shaodian.checkpoints.internal.tally.TallyBook;
import org.shaodian.checkpoints.internal.tally.TallyKey;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;

/**
 * Inside the container, the tallies' totals to date (issue 8: figures since a date read in a time
 * that does not grow with the history): a fresh checkpoint's inspections of a week, counted in
 * random order — late ones before rows already counted, ones after the last, into series that do
 * not exist yet — by two threads at once, each in transactions of a few. Afterwards every figure of
 * every day and every span of days equals what was counted, and every row's totals equal the sum of
 * its series' rows up to it.
 */
@ExtendWith(ArquillianExtension.class)
class TallyTotalsIT {

  private static final RegionCode SHOUCHANG = RegionCode.of("330182107000");

  @Deployment
  static WebArchive deployment() {
    return TestArchives.application("shaodian-tally-totals-test.war")
        .addClasses(TallyTotalsIT.class);
  }

  @Inject TallyBook tallies;

  @Inject CheckpointRegistry registry;

  @Inject Callers callers;

  @Inject Regions regions;

  @Inject UserTransaction transaction;

  /** The two devices' threads: container threads, as requests run on. */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  private CheckpointView checkpoint;

  private <T> T as(Role role, Callable<T> work) throws Exception {
    Caller caller = Caller.user("tally-totals-test", Set.of(role), regions.get(SHOUCHANG));
    return callers.runAs(new CapturedCaller(caller, Language.ZH), work);
  }

  @BeforeEach
  void aFreshCheckpoint() throws Exception {
    checkpoint =
        as(
            Role.COMMANDER,
            () ->
                registry.open(
                    new CheckpointForms.Open(
                        "累计测试卡口" + UUID.randomUUID().toString().substring(0, 6),
                        CheckpointKind.HIGHWAY_EXIT,
                        SHOUCHANG.value(),
                        new CheckpointForms.Position(119.2385, 29.5891),
                        "24小时",
                        null,
                        null,
                        null)));
  }

  @AfterEach
  void closeIt() throws Exception {
    as(
        Role.COMMANDER,
        () -> {
          CheckpointView now = registry.get(checkpoint.id());
          return registry.changeStatus(now.id(), now.version(), CheckpointStatus.CLOSED, "测试结束");
        });
  }

  /** One inspection count: a series (subject, kind, outcome), a day and shift, and its people. */
  private record Counted(
      InspectionSubject subject,
      String kind,
      DivertOutcome outcome,
      int day,
      int shift,
      int people) {

    TallyKey key(UUID checkpoint, LocalDate first) {
      return new TallyKey(checkpoint, first.plusDays(day), shift, subject, kind, outcome);
    }

    String series() {
      return subject + "/" + kind + "/" + outcome;
    }
  }

  @Test
  void everyFigureOfEverySpanEqualsWhatWasCountedInWhateverOrder() throws Exception {
    LocalDate first = LocalDate.now(ShaodianTime.ZONE).minusDays(6);
    Random random = new Random(20261129L);
    List<Counted> counted = new ArrayList<>();
    DivertOutcome[] outcomes = {
      DivertOutcome.RELEASED, DivertOutcome.TESTED_ON_SITE, DivertOutcome.HOME_MANAGEMENT
    };
    for (int i = 0; i < 240; i++) {
      boolean onFoot = random.nextInt(5) == 0;
      counted.add(
          new Counted(
              onFoot ? InspectionSubject.PEDESTRIAN : InspectionSubject.VEHICLE,
              onFoot ? TallyKey.ON_FOOT : random.nextBoolean() ? "CAR" : "TRUCK",
              outcomes[random.nextInt(outcomes.length)],
              random.nextInt(7),
              1 + random.nextInt(3),
              1 + random.nextInt(4)));
    }
    // mostly in time order, as devices send, with a fifth sent late and out of order
    counted.sort(
        (a, b) -> a.day() != b.day() ? a.day() - b.day() : Integer.compare(a.shift(), b.shift()));
    for (int i = 0; i < counted.size() / 5; i++) {
      int from = random.nextInt(counted.size());
      Collections.swap(counted, from, random.nextInt(counted.size()));
    }
    // two devices, each sending its share in transactions of one to four, at the same moment
    List<List<List<Counted>>> devices = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < counted.size(); ) {
      int size = 1 + random.nextInt(4);
      devices.get(random.nextInt(2)).add(counted.subList(i, Math.min(counted.size(), i + size)));
      i += size;
    }
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> sent = new ArrayList<>();
      for (List<List<Counted>> device : devices) {
        sent.add(
            executor.submit(
                () -> {
                  start.await();
                  for (List<Counted> transactionOf : device) {
                    count(transactionOf, first);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<Void> f : sent) {
        f.get();
      }
    } finally {
      start.countDown();
    }

    // every day's figures by shift, and every span's cumulative figures, equal what was counted
    for (int to = 0; to < 7; to++) {
      for (int from = 0; from <= to; from++) {
        LocalDate day = first.plusDays(to);
        LocalDate since = first.plusDays(from);
        CheckpointTallies.Figures figures =
            as(Role.OFFICIAL, () -> tallies.of(SHOUCHANG, day, since));
        Map<String, long[]> expected = new HashMap<>();
        for (Counted c : counted) {
          if (c.day() >= from && c.day() <= to) {
            long[] e = expected.computeIfAbsent(c.series(), k -> new long[2]);
            e[0]++;
            e[1] += c.people();
          }
        }
        Map<String, long[]> actual = new HashMap<>();
        for (CheckpointTallies.Count c : figures.cumulative()) {
          if (c.checkpoint().equals(checkpoint.id())) {
            actual.put(series(c), new long[] {c.inspections(), c.people()});
          }
        }
        assertEquals(text(expected), text(actual), "cumulative from " + since + " to " + day);
        if (from == to) {
          Map<String, long[]> expectedOfDay = new HashMap<>();
          for (Counted c : counted) {
            if (c.day() == to) {
              long[] e =
                  expectedOfDay.computeIfAbsent(c.series() + "#" + c.shift(), k -> new long[2]);
              e[0]++;
              e[1] += c.people();
            }
          }
          Map<String, long[]> ofDay = new HashMap<>();
          for (CheckpointTallies.Count c : figures.ofDay()) {
            if (c.checkpoint().equals(checkpoint.id())) {
              ofDay.put(series(c) + "#" + c.shift(), new long[] {c.inspections(), c.people()});
            }
          }
          assertEquals(text(expectedOfDay), text(ofDay), "the figures of " + day);
        }
      }
    }
    assertEquals(0, rowsOutOfStep(), "rows whose totals are not the sum of the rows up to them");
    assertEquals(
        0, seriesOutOfStep(), "series whose totals, first day or last row are not their rows'");
  }

  /**
   * Counts one transaction's inspections, as the inspection desk does after writing them; made
   * again when another transaction began the same series at the same moment.
   */
  private void count(List<Counted> inspections, LocalDate first) throws Exception {
    String path = regions.get(SHOUCHANG).path();
    for (int attempt = 0; ; attempt++) {
      transaction.begin();
      try {
        TallyBook.Increments increments = new TallyBook.Increments();
        for (Counted c : inspections) {
          increments.add(c.key(checkpoint.id(), first), path, c.people());
        }
        tallies.count(increments);
        transaction.commit();
        return;
      } catch (Problem conflict) {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
          transaction.rollback();
        }
        if (conflict.status() != 409 || attempt == 3) {
          throw conflict;
        }
      }
    }
  }

  /** A count's series, as {@link Counted#series} writes it. */
  private static String series(CheckpointTallies.Count c) {
    return c.subject()
        + "/"
        + (c.vehicleKind() == null ? TallyKey.ON_FOOT : c.vehicleKind().name())
        + "/"
        + c.outcome();
  }

  private static String text(Map<String, long[]> counts) {
    StringBuilder text = new StringBuilder();
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                text.append(e.getKey())
                    .append('=')
                    .append(e.getValue()[0])
                    .append('/')
                    .append(e.getValue()[1])
                    .append('\n'));
    return text.toString();
  }

  private long rowsOutOfStep() throws SQLException {
    return one(
        "select count(*) from (select inspections_to_date, people_to_date,"
            + " sum(inspections) over (partition by subject, vehicle_kind, outcome"
            + " order by duty_day, shift_no) i,"
            + " sum(people) over (partition by subject, vehicle_kind, outcome"
            + " order by duty_day, shift_no) p"
            + " from checkpoints_tally where checkpoint_id = ?) r"
            + " where r.i <> r.inspections_to_date or r.p <> r.people_to_date");
  }

  private long seriesOutOfStep() throws SQLException {
    return one(
        "select count(*) from checkpoints_tally_series s where s.checkpoint_id = ?"
            + " and not exists (select 1 from checkpoints_tally t"
            + " where t.checkpoint_id = s.checkpoint_id and t.subject = s.subject"
            + " and t.vehicle_kind = s.vehicle_kind and t.outcome = s.outcome"
            + " and t.duty_day = s.last_day and t.shift_no = s.last_shift"
            + " and s.first_day = (select min(f.duty_day) from checkpoints_tally f"
            + " where f.checkpoint_id = s.checkpoint_id and f.subject = s.subject"
            + " and f.vehicle_kind = s.vehicle_kind and f.outcome = s.outcome)"
            + " and t.inspections_to_date = s.inspections and t.people_to_date = s.people"
            + " and not exists (select 1 from checkpoints_tally u"
            + " where u.checkpoint_id = t.checkpoint_id and u.subject = t.subject"
            + " and u.vehicle_kind = t.vehicle_kind and u.outcome = t.outcome"
            + " and (u.duty_day > t.duty_day"
            + " or (u.duty_day = t.duty_day and u.shift_no > t.shift_no))))");
  }

  private long one(String sql) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement st = db.prepareStatement(sql)) {
      st.setObject(1, checkpoint.id());
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
