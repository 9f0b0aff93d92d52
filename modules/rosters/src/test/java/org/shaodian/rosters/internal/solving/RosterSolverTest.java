package org.shaodian.rosters.internal.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.rosters.internal.solving.Fixtures.at;
import static org.shaodian.rosters.internal.solving.Fixtures.id;
import static org.shaodian.rosters.internal.solving.Fixtures.shift;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.Qualification;

@Timeout(60)
class RosterSolverTest {

  /** Short limits: these problems are small (each solve also builds a solver, ~0.5 s). */
  private static final RosterSettings QUICK =
      RosterSettings.defaults()
          .withSpentLimit(Duration.ofSeconds(5))
          .withUnimprovedLimit(Duration.ofMillis(500));

  @Test
  void fillsEverySeatOfAFewPostsForADayWithinTheRules() {
    RosterProblem problem = twoVillages(1);
    List<Progress> progress = new ArrayList<>();
    RosterOutcome outcome = new RosterSolver(QUICK).solve(problem, progress::add);

    assertThat(outcome.hardBreaks()).isZero();
    assertThat(outcome.unfilled()).isEmpty();
    assertThat(outcome.assignments()).hasSize(problem.seats().size());
    assertThat(outcome.score()).startsWith("0hard/0medium/");
    assertThat(outcome.timeToFeasible()).isNotNull();
    assertThat(outcome.timeToBestFill()).isNotNull();
    assertThat(outcome.stoppedEarly()).isFalse();
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1).seatsFilled()).isEqualTo(problem.seats().size());
    assertThat(progress).allSatisfy(p -> assertThat(p.seatsTotal()).isEqualTo(24));
    RuleCheck.assertRespected(problem, outcome);
  }

  @Test
  void scoresStayConsistentUnderTimefoldsFullAssertions() {
    // every move's incremental score is checked against a score from scratch, clones included
    RosterProblem problem = twoVillages(2);
    RosterOutcome outcome =
        new RosterSolver(
                QUICK
                    .withSpentLimit(Duration.ofSeconds(3))
                    .withUnimprovedLimit(Duration.ofSeconds(3)),
                EnvironmentMode.FULL_ASSERT)
            .solve(problem, p -> {});
    assertThat(outcome.hardBreaks()).isZero();
    assertThat(outcome.unfilled()).isEmpty();
  }

  @Test
  void aSeatNobodyNearbyIsQualifiedForStaysOpenWithThatReason() {
    Fixtures.WorkerBuilder medic =
        Fixtures.worker().home(Fixtures.OTHER_TOWN).qualified(Qualification.SWAB_SAMPLING);
    Fixtures.WorkerBuilder volunteer = Fixtures.worker().home(Fixtures.VILLAGE_1);
    var swab = Fixtures.seat(shift(0, 1)).role(DutyRole.SWAB_TAKER, Qualification.SWAB_SAMPLING);
    var guide = Fixtures.seat(shift(0, 1));
    RosterOutcome outcome =
        new RosterSolver(QUICK)
            .solve(
                new RosterProblem(
                    List.of(swab.source(), guide.source()),
                    List.of(medic.candidate(), volunteer.candidate())),
                p -> {});
    assertThat(outcome.unfilled())
        .containsExactly(new UnfilledSeat(swab.source().id(), UnfilledReason.NO_QUALIFIED_PERSON));
    assertThat(outcome.assignments()).containsOnlyKeys(guide.source().id());
    assertThat(outcome.hardBreaks()).isZero();
  }

  @Test
  void eachRuleThatKeepsTheOnlyQualifiedPersonAwayIsNamed() {
    // the only medic in the village; swab seats she cannot all take
    var medic = Fixtures.worker().qualified(Qualification.SWAB_SAMPLING);
    List<SeatToFill> seats = new ArrayList<>();
    Map<Integer, String> what = new HashMap<>();
    for (int day = 0; day < 7; day++) {
      seats.add(swab(shift(day, 1), what, "day " + day));
    }
    seats.add(swab(shift(2, 1), what, "at once")); // a second seat at the same time
    seats.add(swab(shift(4, 2), what, "too close")); // 16–24 after 08–16
    RosterOutcome outcome =
        new RosterSolver(QUICK)
            .solve(new RosterProblem(seats, List.of(medic.candidate())), p -> {});

    assertThat(outcome.hardBreaks()).isZero();
    assertThat(outcome.assignments()).hasSize(6);
    Map<String, UnfilledReason> reasons = new HashMap<>();
    outcome.unfilled().forEach(u -> reasons.put(what.get(u.seatId()), u.reason()));
    assertThat(reasons).hasSize(3);
    assertThat(reasons).containsEntry("at once", UnfilledReason.QUALIFIED_PEOPLE_ON_DUTY);
    assertThat(reasons).containsEntry("too close", UnfilledReason.REST_RULE);
    // she works six of the seven days; the seventh is open for the weekly limit
    assertThat(reasons.entrySet())
        .anySatisfy(
            e -> {
              assertThat(e.getKey()).startsWith("day ");
              assertThat(e.getValue()).isEqualTo(UnfilledReason.WEEKLY_LIMIT);
            });
  }

  @Test
  void theQualifiedPeopleBeingAwayIsAReason() {
    var away =
        Fixtures.worker()
            .qualified(Qualification.SHIFT_LEADERSHIP)
            .away(new Period(at(0, 0), at(1, 0)));
    var seat =
        Fixtures.seat(shift(0, 2)).role(DutyRole.GROUP_LEADER, Qualification.SHIFT_LEADERSHIP);
    RosterOutcome outcome =
        new RosterSolver(QUICK)
            .solve(new RosterProblem(List.of(seat.source()), List.of(away.candidate())), p -> {});
    assertThat(outcome.unfilled())
        .containsExactly(
            new UnfilledSeat(seat.source().id(), UnfilledReason.QUALIFIED_PEOPLE_UNAVAILABLE));
  }

  @Test
  void aCurrentHolderKeepsTheSeat() {
    RosterProblem first = twoVillages(1);
    RosterOutcome planned = new RosterSolver(QUICK).solve(first, p -> {});
    List<SeatToFill> again = new ArrayList<>();
    for (SeatToFill s : first.seats()) {
      again.add(
          new SeatToFill(
              s.id(),
              s.postId(),
              s.postRegionPath(),
              s.date(),
              s.shiftNo(),
              s.role(),
              s.seatNo(),
              s.start(),
              s.end(),
              s.required(),
              s.postTeamId(),
              planned.assignments().get(s.id())));
    }
    RosterOutcome replanned =
        new RosterSolver(QUICK.withRandomSeed(7))
            .solve(new RosterProblem(again, first.candidates()), p -> {});
    assertThat(replanned.assignments()).isEqualTo(planned.assignments());
  }

  @Test
  void stopEarlyReturnsTheBestSoFar() throws Exception {
    RosterProblem problem = twoVillages(7);
    RosterSolver solver =
        new RosterSolver(
            RosterSettings.defaults()
                .withSpentLimit(Duration.ofSeconds(60))
                .withUnimprovedLimit(Duration.ofSeconds(60)));
    CompletableFuture<Progress> firstRoster = new CompletableFuture<>();
    CompletableFuture<RosterOutcome> outcome =
        CompletableFuture.supplyAsync(() -> solver.solve(problem, firstRoster::complete));
    firstRoster.get(20, TimeUnit.SECONDS);
    long asked = System.nanoTime();
    solver.stopEarly();
    RosterOutcome stopped = outcome.get(10, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
    assertThat(stopped.stoppedEarly()).isTrue();
    assertThat(stopped.hardBreaks()).isZero();
    assertThat(stopped.assignments()).hasSize(problem.seats().size());
  }

  @Test
  void stopEarlyBeforeSolvingStartsStillAnswers() {
    RosterSolver solver = new RosterSolver(RosterSettings.defaults());
    solver.stopEarly();
    RosterOutcome outcome = solver.solve(twoVillages(1), p -> {});
    assertThat(outcome.stoppedEarly()).isTrue();
    assertThat(outcome.assignments().size() + outcome.unfilled().size()).isEqualTo(24);
  }

  private static SeatToFill swab(Period period, Map<Integer, String> what, String label) {
    SeatToFill seat =
        Fixtures.seat(period).role(DutyRole.SWAB_TAKER, Qualification.SWAB_SAMPLING).source();
    what.put(seat.id(), label);
    return seat;
  }

  /**
   * Two village posts, each with a group leader, a recorder, a guide and a volunteer per shift, for
   * {@code days} days; 30 people in each village, a third of them leaders, half recorders, half
   * guides; the second post has a team of 10.
   */
  static RosterProblem twoVillages(int days) {
    UUID team = id(500);
    List<Candidate> people = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      var w = Fixtures.worker().home(i < 30 ? Fixtures.VILLAGE_1 : Fixtures.VILLAGE_2);
      List<Qualification> q = new ArrayList<>();
      if (i % 3 == 0) {
        q.add(Qualification.SHIFT_LEADERSHIP);
      }
      if (i % 2 == 0) {
        q.add(Qualification.DATA_ENTRY);
      } else {
        q.add(Qualification.TRAFFIC_GUIDANCE);
      }
      w.qualified(q.toArray(Qualification[]::new));
      if (i >= 30 && i < 40) {
        w.teams(team);
      }
      people.add(w.candidate());
    }
    List<SeatToFill> seats = new ArrayList<>();
    for (int day = 0; day < days; day++) {
      for (int shift = 0; shift < 3; shift++) {
        for (int post = 0; post < 2; post++) {
          String path = post == 0 ? Fixtures.VILLAGE_1 : Fixtures.VILLAGE_2;
          UUID postId = id(900 + post);
          UUID postTeam = post == 1 ? team : null;
          Period p = shift(day, shift);
          seats.add(
              Fixtures.seat(p)
                  .at(path)
                  .post(postId)
                  .team(postTeam)
                  .role(DutyRole.GROUP_LEADER, Qualification.SHIFT_LEADERSHIP)
                  .source());
          seats.add(
              Fixtures.seat(p)
                  .at(path)
                  .post(postId)
                  .team(postTeam)
                  .role(DutyRole.RECORDER, Qualification.DATA_ENTRY)
                  .source());
          seats.add(
              Fixtures.seat(p)
                  .at(path)
                  .post(postId)
                  .team(postTeam)
                  .role(DutyRole.GUIDE, Qualification.TRAFFIC_GUIDANCE)
                  .source());
          seats.add(Fixtures.seat(p).at(path).post(postId).team(postTeam).source());
        }
      }
    }
    return new RosterProblem(seats, people);
  }
}
