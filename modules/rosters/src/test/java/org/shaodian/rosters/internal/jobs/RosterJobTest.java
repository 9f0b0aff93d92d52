package org.shaodian.rosters.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.rosters.api.RosterJobState;

class RosterJobTest {

  static final Region SHOUCHANG =
      new Region(
          RegionCode.of("330182107000"),
          "寿昌镇",
          "Shouchang",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182107000/");
  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
  static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

  static RosterJob job() {
    return RosterJob.queue(SHOUCHANG, MONDAY, MONDAY.plusDays(6), "shouchang-command", NOW);
  }

  @Test
  void aJobGoesFromQueuedThroughSolvingToAProposalThatIsDecidedOnce() {
    RosterJob job = job();
    assertThat(job.state()).isEqualTo(RosterJobState.QUEUED);
    assertThat(conflict(job::requireProposed)).isTrue();
    job.solving(525, 155, NOW);
    job.progress("0hard/-3medium/-100soft", 522);
    assertThat(job.seatsFilled()).isEqualTo(522);
    job.proposed("0hard/0medium/-90soft", 525, 0, false, 3400L, 40_000, NOW);
    assertThat(job.state()).isEqualTo(RosterJobState.PROPOSED);
    // progress arriving late does not undo the proposal
    job.progress("0hard/-9medium/-1soft", 1);
    assertThat(job.seatsFilled()).isEqualTo(525);
    job.accept("shouchang-command", NOW);
    assertThat(job.state()).isEqualTo(RosterJobState.ACCEPTED);
    assertThat(conflict(() -> job.accept("shouchang-command", NOW))).isTrue();
    assertThat(conflict(() -> job.discard("shouchang-command", NOW))).isTrue();
  }

  @Test
  void aDiscardedProposalCannotBeAcceptedAndAFailedJobCanBeCleared() {
    RosterJob discarded = job();
    discarded.solving(1, 1, NOW);
    discarded.proposed("0hard/0medium/0soft", 1, 0, false, 1L, 1, NOW);
    discarded.discard("shouchang-command", NOW);
    assertThat(conflict(() -> discarded.accept("shouchang-command", NOW))).isTrue();
    RosterJob failed = job();
    failed.fail("interrupted by a server restart", NOW);
    assertThat(failed.state().isRunning()).isFalse();
    failed.discard("shouchang-command", NOW);
    assertThat(failed.state()).isEqualTo(RosterJobState.DISCARDED);
  }

  @Test
  void aProposedSeatSaysWhatAcceptingWouldDo() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    assertThat(ProposedSeatView.change(null, null)).isEqualTo(ProposedSeatView.Change.OPEN);
    assertThat(ProposedSeatView.change(a, null)).isEqualTo(ProposedSeatView.Change.FILL);
    assertThat(ProposedSeatView.change(a, a)).isEqualTo(ProposedSeatView.Change.KEEP);
    assertThat(ProposedSeatView.change(b, a)).isEqualTo(ProposedSeatView.Change.MOVE);
    assertThat(ProposedSeatView.change(null, a)).isEqualTo(ProposedSeatView.Change.FREE);
  }

  private static boolean conflict(Runnable call) {
    Problem problem = catchThrowableOfType(Problem.class, call::run);
    return problem != null && problem.status() == 409;
  }
}
