package org.shaodian.rosters.internal.solving;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * The first roster, built by a Timefold custom phase in plain Java: open seats hardest first
 * (shortest candidate list, then earliest), each given to the cheapest person who breaks no rule
 * among its holder, its post's team and {@code tried} random candidates ({@link Filler}); a seat
 * nobody can take stays open for local search. Only the chosen person goes through the score
 * director: a few microseconds a seat, where Timefold's construction heuristics calculate a score
 * for every candidate tried.
 */
final class GreedyConstruction implements PhaseCommand<RosterPlan> {

  private static final String VARIABLE = "person";

  private final int tried;
  private final long seed;
  private final Runnable atStart;

  /**
   * @param tried candidates tried per seat; 0 for all
   * @param atStart run first, on the solving thread (the solver's start and stop check)
   */
  GreedyConstruction(int tried, long seed, Runnable atStart) {
    this.tried = tried;
    this.seed = seed;
    this.atStart = atStart;
  }

  @Override
  public void changeWorkingSolution(
      ScoreDirector<RosterPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
    atStart.run();
    RosterPlan plan = scoreDirector.getWorkingSolution();
    Filler filler = new Filler(plan);
    List<Seat> open = new ArrayList<>();
    for (Seat seat : plan.seats()) {
      if (!seat.filled()) {
        open.add(seat);
      }
    }
    open.sort(
        Comparator.<Seat>comparingInt(seat -> seat.candidates().size())
            .thenComparingLong(seat -> seat.info.start)
            .thenComparingInt(seat -> seat.info.id));
    SplittableRandom random = new SplittableRandom(seed);
    int done = 0;
    for (Seat seat : open) {
      if ((++done & 0xff) == 0 && isPhaseTerminated.getAsBoolean()) {
        break;
      }
      Worker chosen = filler.choose(seat, tried, random);
      if (chosen != null) {
        scoreDirector.beforeVariableChanged(seat, VARIABLE);
        seat.setPerson(chosen);
        scoreDirector.afterVariableChanged(seat, VARIABLE);
        filler.take(seat, chosen);
      }
    }
    scoreDirector.triggerVariableListeners();
  }
}
