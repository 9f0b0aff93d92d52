package org.shaodian.kernel.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: the scheduled work (the morning briefings, the retention purge) still runs.
 * Each persistent timer fires on one server of the cluster, and another takes it over when that one
 * stops answering for the timer store's missedTaskThreshold (10 minutes); a timer whose next run
 * lies further in the past than {@code shaodian.scheduler.overdue-minutes} has not been taken over,
 * so the servers' schedulers are stuck: DOWN, and the orchestrator restarts the server (a started
 * server makes a missed run once). When the timer store (the database) cannot be read, the check
 * says so and stays UP: a restart would not bring the database back, and readiness already reports
 * it ({@link DatabaseReadiness}).
 */
@Liveness
@ApplicationScoped
public class SchedulerLiveness implements HealthCheck {

  @Inject ScheduledTimers timers;

  @Inject
  @ConfigProperty(name = "shaodian.scheduler.overdue-minutes", defaultValue = "15")
  long overdueMinutes;

  Clock clock = Clock.systemUTC();

  @Override
  public HealthCheckResponse call() {
    List<ScheduledTimers.Scheduled> scheduled;
    try {
      scheduled = timers.all();
    } catch (RuntimeException storeUnreadable) {
      return HealthCheckResponse.named("scheduler")
          .up()
          .withData("timers", "unknown: the timer store cannot be read")
          .build();
    }
    Duration overdue = Duration.ofMinutes(overdueMinutes);
    List<ScheduledTimers.Scheduled> late = overdue(scheduled, clock.instant(), overdue);
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("scheduler").status(late.isEmpty());
    scheduled.stream()
        .sorted(Comparator.comparing(ScheduledTimers.Scheduled::job))
        .forEach(timer -> response.withData(timer.job(), timer.next().toString()));
    if (!late.isEmpty()) {
      response.withData(
          "overdue",
          late.stream().map(ScheduledTimers.Scheduled::job).sorted().toList().toString());
    }
    return response.build();
  }

  /** The timers whose next run lies more than {@code overdue} in the past. */
  static List<ScheduledTimers.Scheduled> overdue(
      List<ScheduledTimers.Scheduled> scheduled, Instant now, Duration overdue) {
    Instant limit = now.minus(overdue);
    return scheduled.stream().filter(timer -> timer.next().isBefore(limit)).toList();
  }
}
