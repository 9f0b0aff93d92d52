package org.shaodian.checkpoints.internal.tally;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * path), however long the history.
 */
@UnitOfWork
@ApplicationScoped
public class TallyBook implements CheckpointTallies {

  /** How far back a cumulative figure may reach. */
  static final int MAX_DAYS = 366;

  @PersistenceContext(unitName = "checkpoints")
  EntityManager em;

  @Inject Access access;

  /** Increments of the tallies, added up per key before they are written. */
  public static final class Increments {

    // in one order for every transaction (not the order a batch met them): two batches that
    // count the same rows lock them one after the other instead of each waiting for the other
    private final Map<TallyKey, int[]> counts = new TreeMap<>(TallyKey.LOCK_ORDER);
    private final Map<TallyKey, String> paths = new HashMap<>();

    public void add(TallyKey key, String regionPath, int people) {
      int[] count = counts.computeIfAbsent(key, k -> new int[2]);
      count[0]++;
      count[1] += people;
      paths.put(key, regionPath);
    }

    public boolean isEmpty() {
      return counts.isEmpty();
    }
  }

  /**
   * Counts the increments in, inside the caller's transaction: an update of the row, or a new row
   * for the first inspection of its kind (two first ones at once: one of the transactions fails on
   * the key, and is retried by its caller).
   */
  public void count(Increments increments) {
    for (Map.Entry<TallyKey, int[]> entry : increments.counts.entrySet()) {
      TallyKey key = entry.getKey();
      int updated =
          em.createQuery(
                  "update Tally t set t.inspections = t.inspections + :n,"
                      + " t.people = t.people + :p where t.key.checkpoint = :checkpoint"
                      + " and t.key.day = :day and t.key.shift = :shift"
                      + " and t.key.subject = :subject and t.key.vehicleKind = :kind"
                      + " and t.key.outcome = :outcome")
              .setParameter("n", entry.getValue()[0])
              .setParameter("p", entry.getValue()[1])
              .setParameter("checkpoint", key.checkpoint())
              .setParameter("day", key.day())
              .setParameter("shift", key.shift())
              .setParameter("subject", key.subject())
              .setParameter("kind", key.vehicleKind())
              .setParameter("outcome", key.outcome())
              // the caller has flushed what it wrote; a flush before each update would check all
              // the batch's entities again for changes, once per tally row
              .setFlushMode(FlushModeType.COMMIT)
              .executeUpdate();
      if (updated == 0) {
        em.persist(
            new Tally(key, increments.paths.get(key), entry.getValue()[0], entry.getValue()[1]));
      }
    }
    em.flush();
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
    List<Count> ofDay =
        counts(
            "select t.key.checkpoint, c.name, t.key.shift, t.key.subject, t.key.vehicleKind,"
                + " t.key.outcome, sum(t.inspections), sum(t.people)"
                + " from Tally t, Checkpoint c where c.id = t.key.checkpoint"
                + " and t.key.day >= :from and t.key.day <= :to"
                + " and t.regionPath >= :start and t.regionPath < :end"
                + " group by t.key.checkpoint, c.name, t.key.shift, t.key.subject,"
                + " t.key.vehicleKind, t.key.outcome"
                + " order by c.name, t.key.checkpoint, t.key.shift, t.key.subject,"
                + " t.key.vehicleKind, t.key.outcome",
            scope,
            day,
            day,
            true);
    List<Count> cumulative =
        counts(
            "select t.key.checkpoint, c.name, 0, t.key.subject, t.key.vehicleKind,"
                + " t.key.outcome, sum(t.inspections), sum(t.people)"
                + " from Tally t, Checkpoint c where c.id = t.key.checkpoint"
                + " and t.key.day >= :from and t.key.day <= :to"
                + " and t.regionPath >= :start and t.regionPath < :end"
                + " group by t.key.checkpoint, c.name, t.key.subject, t.key.vehicleKind,"
                + " t.key.outcome"
                + " order by c.name, t.key.checkpoint, t.key.subject, t.key.vehicleKind,"
                + " t.key.outcome",
            scope,
            since,
            day,
            false);
    return new Figures(scope.root().code(), day, since, ofDay, cumulative);
  }

  private List<Count> counts(
      String query, JurisdictionScope scope, LocalDate from, LocalDate to, boolean byShift) {
    List<Count> counts = new ArrayList<>();
    for (Object[] row :
        em.createQuery(query, Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("start", scope.pathStart())
            .setParameter("end", scope.pathEnd())
            .getResultList()) {
      String kind = (String) row[4];
      counts.add(
          new Count(
              (UUID) row[0],
              (String) row[1],
              byShift ? (Integer) row[2] : null,
              (InspectionSubject) row[3],
              TallyKey.ON_FOOT.equals(kind) ? null : VehicleKind.valueOf(kind),
              (DivertOutcome) row[5],
              ((Number) row[6]).longValue(),
              ((Number) row[7]).longValue()));
    }
    return counts;
  }
}
