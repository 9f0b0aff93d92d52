package org.shaodian.checkpoints.internal.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.schema.RetentionShortcut;
import org.shaodian.kernel.api.schema.SchemaReady;

/**
 * Keeps the inspection tables' day partitions on PostgreSQL (docs/operations.md, "Inspections
 * partitioned by day"): at start-up and every hour ({@link InspectionPartitionsTimer}, once per
 * cluster), the partitions of the days from {@link #BEHIND} days ago to {@code
 * shaodian.inspections.partitions-ahead} (7) days ahead, and of any day that has rows in a DEFAULT
 * partition (moved into it), so that DEFAULT stays empty in practice: PostgreSQL scans it whenever
 * a partition is made. Hourly rather than daily, as a run that gave up (a lock it would have waited
 * for) or a server stopped at the hour is made up within the hour; a run with nothing to do reads
 * the catalogue only. Every step is idempotent and in a transaction of its own under an advisory
 * lock, so servers starting at the same moment take turns.
 *
 * <p>For the retention purge ({@link RetentionShortcut}), it drops a day's people partition whole
 * when all of that day's inspections lie within the purged region, before the end of the episode
 * (typically a province-wide episode), instead of the rule deleting them row by row; the rule then
 * deletes what is left (days shared with other regions, and DEFAULT). On H2 it does nothing.
 */
@ApplicationScoped
public class InspectionPartitions implements RetentionShortcut {

  static final String JOB = "inspection-partitions";

  /**
   * Days back whose partitions are made: an inspection may be sent up to 3 days after it was guided
   * ({@link Inspection#OFFLINE_AT_MOST}) and belongs to the duty day its shift began on (the day
   * before, for a night shift), so a week back leaves room; older days land in DEFAULT and get
   * their partition at the next run.
   */
  public static final int BEHIND = 7;

  private static final Logger LOG = Logger.getLogger(InspectionPartitions.class.getName());

  @Inject PartitionSteps steps;

  @Inject Clock clock;

  /** Days ahead whose partitions are made. */
  @Inject
  @ConfigProperty(name = "shaodian.inspections.partitions-ahead", defaultValue = "7")
  int ahead;

  private volatile Boolean partitioned;

  void onSchemaReady(@Observes SchemaReady ready) {
    run("start-up");
  }

  /** The timer's tick. */
  void tick() {
    run("timer");
  }

  /**
   * Makes the partitions due; a failure is logged, never thrown (it must not stop the server: the
   * DEFAULT partitions take the rows meanwhile, and the next run tries again).
   */
  public int run(String why) {
    try {
      if (!partitioned()) {
        return 0;
      }
      LocalDate today = LocalDate.now(clock.withZone(ShaodianTime.ZONE));
      Set<LocalDate> due =
          new LinkedHashSet<>(DayPartitions.days(today, BEHIND, Math.max(ahead, 1)));
      due.addAll(steps.daysInDefault());
      int made = 0;
      for (LocalDate day : due) {
        try {
          if (steps.ensure(day)) {
            made++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "the inspections' partition of " + day + " was not made", e);
        }
      }
      if (made > 0) {
        int count = made;
        LOG.info(() -> "inspection partitions (" + why + "): " + count + " day(s) made");
      }
      return made;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the inspections' partitions could not be checked (" + why + ")", e);
      return 0;
    }
  }

  @Override
  public String what() {
    return "checkpoints.inspected-people";
  }

  @Override
  public int apply(String pathStart, String pathEnd, OffsetDateTime before) {
    try {
      if (!partitioned()) {
        return 0;
      }
      LocalDate lastDay = before.atZoneSameInstant(ShaodianTime.ZONE).toLocalDate().minusDays(1);
      int dropped = 0;
      List<LocalDate> days = DayPartitions.purgeCandidates(steps.peopleDays(), lastDay);
      for (LocalDate day : days) {
        try {
          dropped += steps.dropPeople(day, pathStart, pathEnd, before);
        } catch (RuntimeException e) {
          // the rule deletes that day's rows instead
          LOG.log(Level.WARNING, "the people partition of " + day + " was not dropped", e);
        }
      }
      return dropped;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the people partitions could not be read; the rule deletes them", e);
      return 0;
    }
  }

  private boolean partitioned() {
    if (partitioned == null) {
      partitioned = steps.partitioned();
    }
    return partitioned;
  }
}
