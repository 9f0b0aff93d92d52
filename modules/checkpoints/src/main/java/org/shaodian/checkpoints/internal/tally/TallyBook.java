package org.shaodian.checkpoints.internal.tally;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.shaodian.checkpoints.api.CheckpointTallies;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.VehicleKind;
import org.shaodian.checkpoints.internal.CheckpointAccess;
import org.shaodian.checkpoints.internal.CheckpointPermission;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * The daily tallies: counted into in the transaction that stores the inspections, read by region
 * and day. A region's day reads its checkpoints' rows of that day only (index on day and region
 * path), and the figures since a date two rows per series (their totals to date), however long the
 * history.
 */
@UnitOfWork
@ApplicationScoped
public class TallyBook implements CheckpointTallies {

  /** How far back a cumulative figure may reach. */
  static final int MAX_DAYS = 366;

  /** How many days a trend may span. */
  static final int MAX_TREND_DAYS = 31;

  @PersistenceContext(unitName = "checkpoints")
  EntityManager em;

  @Inject Access access;

  /** Increments of the tallies, added up per series, day and shift before they are written. */
  public static final class Increments {

    // series in one order for every transaction (not the order a batch met them), and within a
    // series its days and shifts in order: a late one first adds to the rows after it
    private final Map<TallySeriesKey, SortedMap<TallyKey, int[]>> counts =
        new TreeMap<>(TallySeriesKey.LOCK_ORDER);
    private final Map<TallySeriesKey, String> paths = new HashMap<>();

    public void add(TallyKey key, String regionPath, int people) {
      TallySeriesKey series = key.series();
      int[] count =
          counts
              .computeIfAbsent(series, s -> new TreeMap<>(IN_SERIES))
              .computeIfAbsent(key, k -> new int[2]);
      count[0]++;
      count[1] += people;
      paths.put(series, regionPath);
    }

    public boolean isEmpty() {
      return counts.isEmpty();
    }
  }

  /** A series' rows by day and shift. */
  private static final Comparator<TallyKey> IN_SERIES =
      Comparator.comparing(TallyKey::day).thenComparingInt(TallyKey::shift);

  /**
   * Counts the increments in, inside the caller's transaction. Each series is locked first (its row
   * in {@link TallySeries}), then its rows written: a row after the series' last one starts from
   * the series' totals, the last row is added to, and a late row (a device that was offline) adds
   * to the totals of every row after it. A series' first inspections counted by two transactions at
   * once: one of them fails on the key, and is retried by its caller.
   */
  public void count(Increments increments) {
    boolean unflushed = false;
    for (Map.Entry<TallySeriesKey, SortedMap<TallyKey, int[]>> entry :
        increments.counts.entrySet()) {
      TallySeriesKey key = entry.getKey();
      String path = increments.paths.get(key);
      TallySeries series = em.find(TallySeries.class, key, LockModeType.PESSIMISTIC_WRITE);
      if (series == null) {
        TallyKey first = entry.getValue().firstKey();
        series = new TallySeries(key, path, first.day(), first.shift());
        em.persist(series);
        for (Map.Entry<TallyKey, int[]> row : entry.getValue().entrySet()) {
          append(series, row.getKey(), path, row.getValue()[0], row.getValue()[1]);
        }
        unflushed = true;
        continue;
      }
      for (Map.Entry<TallyKey, int[]> row : entry.getValue().entrySet()) {
        TallyKey at = row.getKey();
        int n = row.getValue()[0];
        int p = row.getValue()[1];
        int where = series.compareToLast(at.day(), at.shift());
        if (where > 0) {
          append(series, at, path, n, p);
          unflushed = true;
        } else if (where == 0) {
          addTo(at, n, p);
          series.add(at.day(), at.shift(), n, p);
        } else {
          if (unflushed) {
            // the late row's statements read and write rows this transaction may have persisted
            em.flush();
          }
          unflushed = countLate(series, at, path, n, p);
        }
      }
    }
    em.flush();
  }

  private static final String SAME_SERIES =
      " where t.key.checkpoint = :checkpoint and t.key.subject = :subject"
          + " and t.key.vehicleKind = :kind and t.key.outcome = :outcome";

  /** A new row after the series' last one, starting from its totals. */
  private void append(TallySeries series, TallyKey at, String path, int n, int p) {
    em.persist(new Tally(at, path, n, p, series.inspections() + n, series.people() + p));
    series.add(at.day(), at.shift(), n, p);
  }

  /**
   * A row before the series' last one (inspections a device sent late): the rows after it take its
   * counts into their totals; it is added to, or begun from the totals of the row before it. True
   * when it was begun (a row persisted, not yet flushed).
   */
  private boolean countLate(TallySeries series, TallyKey at, String path, int n, int p) {
    at(
            em.createQuery(
                "update Tally t set t.inspectionsToDate = t.inspectionsToDate + :n,"
                    + " t.peopleToDate = t.peopleToDate + :p"
                    + SAME_SERIES
                    + " and (t.key.day > :day or (t.key.day = :day and t.key.shift > :shift))"),
            at)
        .setParameter("n", (long) n)
        .setParameter("p", (long) p)
        .executeUpdate();
    series.add(at.day(), at.shift(), n, p);
    if (addTo(at, n, p) == 1) {
      return false;
    }
    List<Object[]> before =
        at(
                em.createQuery(
                    "select t.inspectionsToDate, t.peopleToDate from Tally t"
                        + SAME_SERIES
                        + " and (t.key.day < :day or (t.key.day = :day and t.key.shift < :shift))"
                        + " order by t.key.day desc, t.key.shift desc",
                    Object[].class),
                at)
            .setMaxResults(1)
            .getResultList();
    long inspectionsBefore = before.isEmpty() ? 0 : (Long) before.get(0)[0];
    long peopleBefore = before.isEmpty() ? 0 : (Long) before.get(0)[1];
    em.persist(new Tally(at, path, n, p, inspectionsBefore + n, peopleBefore + p));
    return true;
  }

  /** Adds to the row of the key, its count and its totals; how many rows there were (0 or 1). */
  private int addTo(TallyKey at, int n, int p) {
    return at(
            em.createQuery(
                "update Tally t set t.inspections = t.inspections + :n, t.people = t.people + :p,"
                    + " t.inspectionsToDate = t.inspectionsToDate + :n,"
                    + " t.peopleToDate = t.peopleToDate + :p"
                    + SAME_SERIES
                    + " and t.key.day = :day and t.key.shift = :shift"),
            at)
        .setParameter("n", n)
        .setParameter("p", p)
        .executeUpdate();
  }

  /** The query bound to the series and the day and shift of {@code at}. */
  private static <Q extends Query> Q at(Q query, TallyKey at) {
    query
        .setParameter("checkpoint", at.checkpoint())
        .setParameter("subject", at.subject())
        .setParameter("kind", at.vehicleKind())
        .setParameter("outcome", at.outcome())
        .setParameter("day", at.day())
        .setParameter("shift", at.shift())
        // the caller has flushed what it wrote; a flush before each statement would check
        // whatever it holds again for changes, once per tally row
        .setFlushMode(FlushModeType.COMMIT);
    return query;
  }

  @Override
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public Figures of(RegionCode region, LocalDate day, LocalDate since) {
    if (since.isAfter(day) || since.plusDays(MAX_DAYS).isBefore(day)) {
      throw Problem.invalid(
          "since",
          Text.of("累计起始日须在当日之前一年以内", "since is a day before the day, at most a year before it"));
    }
    JurisdictionScope scope = access.scope(CheckpointPermission.CHECKPOINTS_READ, region);
    List<Count> ofDay = new ArrayList<>();
    for (Object[] row :
        within(
                "select t.key.checkpoint, c.name, t.key.shift, t.key.subject, t.key.vehicleKind,"
                    + " t.key.outcome, t.inspections, t.people, c.regionCode"
                    + " from Tally t, Checkpoint c where c.id = t.key.checkpoint"
                    + " and t.key.day = :day"
                    + " and t.regionPath >= :start and t.regionPath < :end"
                    + " order by c.name, t.key.checkpoint, t.key.shift, t.key.subject,"
                    + " t.key.vehicleKind, t.key.outcome",
                scope)
            .setParameter("day", day)
            .getResultList()) {
      ofDay.add(
          count(
              row, (Integer) row[2], ((Number) row[6]).longValue(), ((Number) row[7]).longValue()));
    }
    // per series in the region: its totals at its last row on or before the day, less those at
    // its last row before the first day — the series' own totals when its last row is on or
    // before the day, none when it began on or after the first day, an index look-up backwards
    // from the day otherwise
    List<Count> cumulative = new ArrayList<>();
    for (Object[] row :
        within(
                "select s.key.checkpoint, c.name, 0, s.key.subject, s.key.vehicleKind,"
                    + " s.key.outcome,"
                    + " case when s.lastDay <= :day then s.inspections else"
                    + totalAt("inspectionsToDate", "<=", "day")
                    + " end, case when s.lastDay <= :day then s.people else"
                    + totalAt("peopleToDate", "<=", "day")
                    + " end, case when s.firstDay >= :since then 0L else"
                    + totalAt("inspectionsToDate", "<", "since")
                    + " end, case when s.firstDay >= :since then 0L else"
                    + totalAt("peopleToDate", "<", "since")
                    + " end, c.regionCode"
                    + " from TallySeries s, Checkpoint c where c.id = s.key.checkpoint"
                    + " and s.regionPath >= :start and s.regionPath < :end"
                    + " order by c.name, s.key.checkpoint, s.key.subject, s.key.vehicleKind,"
                    + " s.key.outcome",
                scope)
            .setParameter("day", day)
            .setParameter("since", since)
            .getResultList()) {
      long inspections = total(row[6]) - total(row[8]);
      if (inspections > 0) {
        cumulative.add(count(row, null, inspections, total(row[7]) - total(row[9])));
      }
    }
    return new Figures(scope.root().code(), day, since, ofDay, cumulative, pace(scope, day));
  }

  /**
   * Each checkpoint's median time per vehicle on the day: the one figure a tally cannot keep,
   * worked out by the database from the day's vehicle inspections (an index on checkpoint and day)
   * — the middle one, or the two middle ones' mean (percentile_cont), of the whole seconds each
   * took.
   */
  private List<Pace> pace(JurisdictionScope scope, LocalDate day) {
    List<Pace> pace = new ArrayList<>();
    for (Object[] row :
        within(
                "select c.id, c.name, count(i), percentile_cont(0.5) within group (order by"
                    + " floor((i.divertedAt - i.guidedAt) by second))"
                    + " from Inspection i, Checkpoint c"
                    + " where c.id = i.checkpoint and i.day = :day and i.subject = :vehicle"
                    + " and c.regionPath >= :start and c.regionPath < :end"
                    + " group by c.id, c.name order by c.name, c.id",
                scope)
            .setParameter("day", day)
            .setParameter("vehicle", InspectionSubject.VEHICLE)
            .getResultList()) {
      pace.add(
          new Pace(
              (UUID) row[0],
              (String) row[1],
              (Long) row[2],
              Math.round(((Number) row[3]).doubleValue())));
    }
    return pace;
  }

  @Override
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public List<DayTotals> days(RegionCode region, LocalDate from, LocalDate to) {
    if (from.isAfter(to) || from.plusDays(MAX_TREND_DAYS - 1).isBefore(to)) {
      throw Problem.invalid(
          "from",
          Text.of(
              "起止日期须在 " + MAX_TREND_DAYS + " 天以内",
              "from is on or before to, at most " + MAX_TREND_DAYS + " days"));
    }
    JurisdictionScope scope = access.scope(CheckpointPermission.CHECKPOINTS_READ, region);
    Map<LocalDate, long[]> totals = new TreeMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      totals.put(d, new long[3]);
    }
    for (Object[] row :
        within(
                "select t.key.day, t.key.subject, sum(t.inspections), sum(t.people) from Tally t"
                    + " where t.key.day >= :from and t.key.day <= :to"
                    + " and t.regionPath >= :start and t.regionPath < :end"
                    + " group by t.key.day, t.key.subject",
                scope)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      long[] day = totals.get((LocalDate) row[0]);
      day[row[1] == InspectionSubject.VEHICLE ? 0 : 1] += total(row[2]);
      day[2] += total(row[3]);
    }
    List<DayTotals> days = new ArrayList<>();
    totals.forEach((day, t) -> days.add(new DayTotals(day, t[0], t[1], t[2])));
    return days;
  }

  /** A series' total at its last row on or before ({@code <=}) or before ({@code <}) a day. */
  private static String totalAt(String total, String comparison, String day) {
    return " (select t."
        + total
        + " from Tally t where t.key.checkpoint = s.key.checkpoint"
        + " and t.key.subject = s.key.subject and t.key.vehicleKind = s.key.vehicleKind"
        + " and t.key.outcome = s.key.outcome and t.key.day "
        + comparison
        + " :"
        + day
        + " order by t.key.day desc, t.key.shift desc limit 1)";
  }

  private static long total(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private TypedQuery<Object[]> within(String query, JurisdictionScope scope) {
    return em.createQuery(query, Object[].class)
        .setParameter("start", scope.pathStart())
        .setParameter("end", scope.pathEnd());
  }

  /**
   * A count of a row that starts with checkpoint, name, shift, subject, vehicle kind, outcome and
   * ends with the checkpoint's region.
   */
  private static Count count(Object[] row, Integer shift, long inspections, long people) {
    String kind = (String) row[4];
    return new Count(
        (UUID) row[0],
        (String) row[1],
        RegionCode.of((String) row[row.length - 1]),
        shift,
        (InspectionSubject) row[3],
        TallyKey.ON_FOOT.equals(kind) ? null : VehicleKind.valueOf(kind),
        (DivertOutcome) row[5],
        inspections,
        people);
  }
}
