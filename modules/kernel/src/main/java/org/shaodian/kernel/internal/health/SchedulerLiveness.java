package org.shaodian.kernel.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
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
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.shaodian.kernel.internal.tx.DatabaseProblems;

/**
 * {@code /health/live}: this server's scheduler answers. It is DOWN only for what a restart of this
 * server mends: its timer service failing while the database is reachable. The scheduled work
 * itself (the morning briefings, the retention purge) is the cluster's, not this server's: each
 * persistent timer fires on one server and another takes it over when that one stops answering for
 * the store's missedTaskThreshold (10 minutes), so a timer whose next run lies more than {@code
 * shaodian.scheduler.overdue-minutes} in the past is stuck for every server alike. Restarting them
 * all at once would stop the service without freeing the timer; such a timer is named in the
 * check's data and counted by the gauge {@code scheduler_overdue_timers}, for an alert to a person.
 * Each timer's next run is in the data. When the timer store (the database) cannot be read the
 * check stays UP and says so: readiness reports the database ({@link DatabaseReadiness}).
 */
@Liveness
@ApplicationScoped
public class SchedulerLiveness implements HealthCheck {

  @Inject ScheduledTimers timers;

  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "shaodian.scheduler.overdue-minutes", defaultValue = "15")
  long overdueMinutes;

  Clock clock = Clock.systemUTC();

  /** The gauge, registered when the application starts so that it reads 0 from the first scrape. */
  void registerGauge(@Observes @Initialized(ApplicationScoped.class) Object started) {
    metrics.gauge(
        Metadata.builder()
            .withName("scheduler.overdue.timers")
            .withDescription(
                "Persistent timers (the morning briefings, the retention purge) whose next run lies"
                    + " more than shaodian.scheduler.overdue-minutes in the past: no server of the"
                    + " cluster took them over; -1 when the timer store cannot be read")
            .build(),
        this,
        SchedulerLiveness::overdueTimers);
  }

  @Override
  public HealthCheckResponse call() {
    List<ScheduledTimers.Scheduled> scheduled;
    try {
      scheduled = timers.all();
    } catch (RuntimeException failure) {
      if (databaseAway(failure)) {
        return HealthCheckResponse.named("scheduler")
            .up()
            .withData("timers", "unknown: the timer store cannot be read")
            .build();
      }
      // the database answers, this server's timer service does not
      return HealthCheckResponse.named("scheduler")
          .down()
          .withData("failure", failure.getClass().getSimpleName())
          .build();
    }
    List<ScheduledTimers.Scheduled> late = overdue(scheduled, clock.instant(), overdue());
    HealthCheckResponseBuilder response = HealthCheckResponse.named("scheduler").up();
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

  long overdueTimers() {
    try {
      return overdue(timers.all(), clock.instant(), overdue()).size();
    } catch (RuntimeException storeUnreadable) {
      return -1;
    }
  }

  private Duration overdue() {
    return Duration.ofMinutes(overdueMinutes);
  }

  private static boolean databaseAway(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (DatabaseProblems.unreachable(cause)) {
        return true;
      }
    }
    return false;
  }

  /** The timers whose next run lies more than {@code overdue} in the past. */
  static List<ScheduledTimers.Scheduled> overdue(
      List<ScheduledTimers.Scheduled> scheduled, Instant now, Duration overdue) {
    Instant limit = now.minus(overdue);
    return scheduled.stream().filter(timer -> timer.next().isBefore(limit)).toList();
  }
}
