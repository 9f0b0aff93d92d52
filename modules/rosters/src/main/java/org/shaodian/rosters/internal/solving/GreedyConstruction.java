package org.shaodian.rosters.internal.solving;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * The first roster, built by a Timefold custom phase in plain Java: for each open seat, hardest
 * first (shortest candidate list, then earliest), try {@code tried} candidates in random order,
 * keep the one that breaks no rule at the lowest soft cost ({@link Costs}, the same terms as the
 * score); if none of them fits, walk on down the list to the first that does; if nobody fits, leave
 * the seat open for local search. Rules are checked on {@link Schedules} arrays, not by the score
 * director, which only hears of the chosen person: a few microseconds a seat instead of a score
 * calculation per candidate (Timefold's construction heuristics evaluate each candidate as a move).
 */
final class GreedyConstruction implements PhaseCommand<RosterPlan> {

  private static final String VARIABLE = "person";

  private final int tried;
  private final long seed;
  private final Runnable atStart;

  /**
   * @param tried candidates tried per seat; 0 for all
   * @param atStart run first, on the solving thread (the solver's stop check)
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
    long t0 = System.nanoTime();
    RosterPlan plan = scoreDirector.getWorkingSolution();
    Schedules schedules = new Schedules(plan.workers());
    long[] seconds = new long[plan.workers().size()];
    int[] nights = new int[plan.workers().size()];
    List<Seat> open = new ArrayList<>();
    for (Seat seat : plan.seats()) {
      Worker person = seat.getPerson();
      if (person == null) {
        open.add(seat);
      } else {
        take(schedules, seconds, nights, seat, person);
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
      Worker chosen = choose(seat, schedules, seconds, nights, random);
      if (chosen != null) {
        scoreDirector.beforeVariableChanged(seat, VARIABLE);
        seat.setPerson(chosen);
        scoreDirector.afterVariableChanged(seat, VARIABLE);
        take(schedules, seconds, nights, seat, chosen);
      }
    }
    scoreDirector.triggerVariableListeners();
    RosterSolver.debug("greedy done (own time)", t0);
    if (Boolean.getBoolean("shaodian.debug")) {
      java.util.Map<String, Integer> openByRole = new java.util.TreeMap<>();
      for (Seat seat : open) {
        if (!seat.filled())
          openByRole.merge(
              seat.info.source.role().name() + (seat.info.post.atTownLevel() ? "@town" : ""),
              1,
              Integer::sum);
      }
      System.err.println("greedy left open: " + openByRole);
    }
  }

  private static void take(
      Schedules schedules, long[] seconds, int[] nights, Seat seat, Worker person) {
    schedules.add(person, seat.info.start, seat.info.end);
    seconds[person.index] += seat.info.seconds;
    if (seat.info.night) {
      nights[person.index]++;
    }
  }

  private Worker choose(
      Seat seat, Schedules schedules, long[] seconds, int[] nights, SplittableRandom random) {
    SeatInfo info = seat.info;
    Worker best = null;
    long bestCost = Long.MAX_VALUE;
    if (info.currentHolder != null && fits(info, info.currentHolder, schedules)) {
      best = info.currentHolder;
      bestCost = cost(info, best, seconds, nights);
    }
    List<Worker> candidates = seat.candidates();
    int n = candidates.size();
    if (n == 0) {
      return best;
    }
    int limit = tried == 0 ? n : Math.min(tried, n);
    // a random permutation without shuffling a shared list: a random start, a step coprime to n
    int offset = random.nextInt(n);
    int step = n == 1 ? 1 : 1 + random.nextInt(n - 1);
    while (gcd(step, n) != 1) {
      step = 1 + random.nextInt(n - 1);
    }
    for (int k = 0; k < n; k++) {
      if (k >= limit && best != null) {
        break;
      }
      Worker worker = candidates.get((int) ((offset + (long) k * step) % n));
      if (worker == best || !fits(info, worker, schedules)) {
        continue;
      }
      long cost = cost(info, worker, seconds, nights);
      if (cost < bestCost) {
        best = worker;
        bestCost = cost;
      }
    }
    return best;
  }

  private static boolean fits(SeatInfo seat, Worker worker, Schedules schedules) {
    return worker.qualifiedFor(seat.required)
        && schedules.check(worker, seat.start, seat.end) == Schedules.Block.NONE;
  }

  /** What the score's soft level would lose by giving the seat to this worker now. */
  private static long cost(SeatInfo seat, Worker worker, long[] seconds, int[] nights) {
    long had = seconds[worker.index];
    long cost =
        Costs.load(worker.otherSeconds, had + seat.seconds) - Costs.load(worker.otherSeconds, had);
    if (seat.night) {
      int nightsHad = nights[worker.index];
      cost +=
          Costs.nights(worker.otherNights, nightsHad + 1)
              - Costs.nights(worker.otherNights, nightsHad);
    }
    return cost
        + Costs.distance(seat.post, worker.home)
        + Costs.team(seat, worker)
        + Costs.holder(seat, worker);
  }

  private static int gcd(int a, int b) {
    while (b != 0) {
      int t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
