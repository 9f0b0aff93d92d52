package org.shaodian.kernel.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerLivenessTest {

  private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
  private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

  @Test
  void aTimerDueSoonOrJustMissedIsNotOverdue() {
    List<ScheduledTimers.Scheduled> timers =
        List.of(
            new ScheduledTimers.Scheduled("daily-briefing", NOW.plusSeconds(30)),
            // missed while its server stopped answering: another takes it over within 10 minutes
            new ScheduledTimers.Scheduled("retention-purge", NOW.minus(Duration.ofMinutes(14))));
    assertThat(SchedulerLiveness.overdue(timers, NOW, FIFTEEN_MINUTES)).isEmpty();
  }

  @Test
  void aTimerNobodyTookOverIsOverdue() {
    ScheduledTimers.Scheduled stuck =
        new ScheduledTimers.Scheduled("daily-briefing", NOW.minus(Duration.ofMinutes(16)));
    List<ScheduledTimers.Scheduled> timers =
        List.of(stuck, new ScheduledTimers.Scheduled("retention-purge", NOW.plusSeconds(600)));
    assertThat(SchedulerLiveness.overdue(timers, NOW, FIFTEEN_MINUTES)).containsExactly(stuck);
  }
}
