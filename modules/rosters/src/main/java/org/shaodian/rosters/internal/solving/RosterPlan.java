package org.shaodian.rosters.internal.solving;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * The planning solution: every seat (filled or not) and every worker. Hard: the rules; medium:
 * minus the open seats; soft: the preferences. Cloned by {@link RosterPlanCloner}, not by
 * reflection.
 */
@PlanningSolution(solutionCloner = RosterPlanCloner.class)
final class RosterPlan {

  @ProblemFactCollectionProperty private final List<Worker> workers;

  @PlanningEntityCollectionProperty private final List<Seat> seats;

  @PlanningScore private HardMediumSoftLongScore score;

  /** Shared by all clones; null for plans made by hand (tests), which the cloner then lays out. */
  private final SeatLayout layout;

  RosterPlan(List<Worker> workers, List<Seat> seats, HardMediumSoftLongScore score) {
    this(workers, seats, score, null);
  }

  RosterPlan(
      List<Worker> workers, List<Seat> seats, HardMediumSoftLongScore score, SeatLayout layout) {
    this.workers = workers;
    this.seats = seats;
    this.score = score;
    this.layout = layout;
  }

  List<Worker> workers() {
    return workers;
  }

  List<Seat> seats() {
    return seats;
  }

  HardMediumSoftLongScore score() {
    return score;
  }

  SeatLayout layout() {
    return layout;
  }
}
