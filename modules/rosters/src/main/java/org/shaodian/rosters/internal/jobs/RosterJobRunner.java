package org.shaodian.rosters.internal.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.schema.SchemaReady;
import org.shaodian.rosters.internal.solving.RosterOutcome;
import org.shaodian.rosters.internal.solving.RosterSettings;
import org.shaodian.rosters.internal.solving.RosterSolver;

/**
 * Runs rostering jobs on the platform's managed executor, as the caller who started them: the
 * problem is read in one short transaction, the solver runs outside any, its progress is written at
 * most once a second, the proposal stored in one more. A job's solver can be stopped early from
 * another request; it then proposes the best roster found so far.
 */
@ApplicationScoped
public class RosterJobRunner {

  private static final Logger LOG = Logger.getLogger(RosterJobRunner.class.getName());

  /** Progress is written at most this often. */
  private static final long PROGRESS_EVERY_MILLIS = 1000;

  /** server.xml: at most roster.jobs.concurrent jobs solve at once, the others wait, QUEUED. */
  @Resource(lookup = "concurrent/rosterJobs")
  ManagedExecutorService executor;

  @Inject Callers callers;

  @Inject RosterJobs jobs;

  /** How long a job solves at most (the benchmark runs the same solver for 60 s). */
  @Inject
  @ConfigProperty(name = "shaodian.roster.solve-seconds", defaultValue = "60")
  long solveSeconds;

  /** A job ends earlier when its roster has not improved for this long. */
  @Inject
  @ConfigProperty(name = "shaodian.roster.unimproved-seconds", defaultValue = "20")
  long unimprovedSeconds;

  @Inject
  @Metric(
      name = "roster.solve.time",
      absolute = true,
      description = "How long a rostering job's solver ran, until its limit or stopped early")
  Timer solveTime;

  private final Map<UUID, RosterSolver> running = new ConcurrentHashMap<>();

  /** Starts a queued job in the background, as the current caller. */
  public void launch(UUID jobId) {
    CapturedCaller who = callers.capture();
    executor.submit(callers.bind(who, () -> run(jobId)));
  }

  /** Asks a job's solver to stop and propose what it has; false if it is not solving here. */
  public boolean stop(UUID jobId) {
    RosterSolver solver = running.get(jobId);
    if (solver == null) {
      return false;
    }
    solver.stopEarly();
    return true;
  }

  void run(UUID jobId) {
    try {
      RosterJobs.Prepared prepared = jobs.prepare(jobId);
      RosterSolver solver =
          new RosterSolver(
              RosterSettings.defaults()
                  .withSpentLimit(Duration.ofSeconds(solveSeconds))
                  .withUnimprovedLimit(Duration.ofSeconds(unimprovedSeconds)));
      running.put(jobId, solver);
      AtomicLong written = new AtomicLong();
      Timer.Context solving = solveTime.time();
      RosterOutcome outcome =
          solver.solve(
              prepared.problem(),
              progress -> {
                long now = System.currentTimeMillis();
                long last = written.get();
                if (now - last >= PROGRESS_EVERY_MILLIS && written.compareAndSet(last, now)) {
                  jobs.progress(jobId, progress);
                }
              });
      solving.stop();
      jobs.propose(jobId, prepared, outcome);
    } catch (RuntimeException e) {
      UUID incident = UUID.randomUUID();
      // the exception's type and frames only: its message may quote the data
      LOG.log(Level.SEVERE, "roster job " + jobId + " failed, incident " + incident, strip(e));
      jobs.fail(jobId, "the solver failed (incident " + incident + ")");
    } finally {
      running.remove(jobId);
    }
  }

  /** Jobs that a restart interrupted cannot resume: they fail, each audited in its region. */
  void onSchemaReady(@Observes SchemaReady ready) {
    for (RosterJob job : jobs.interrupted()) {
      callers.runAs(
          callers.system("roster-jobs", job.region(), Language.ZH),
          () -> jobs.fail(job.id(), "interrupted by a server restart"));
    }
  }

  private static Throwable strip(Throwable e) {
    RuntimeException bare = new RuntimeException(e.getClass().getName());
    bare.setStackTrace(e.getStackTrace());
    return bare;
  }
}
