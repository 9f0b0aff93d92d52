package org.shaodian.rosters.internal.solving;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks people for open seats by the rules and costs themselves, checked on {@link Schedules}
 * arrays (a few microseconds a candidate) rather than by a score calculation: the greedy
 * construction and the last pass that fills what local search left open both use it.
 */
final class Filler {

  private final Schedules schedules;
  private final long[] seconds;
  private final int[] nights;

  /** Starts from the seats already filled in {@code plan}. */
  Filler(RosterPlan plan) {
    schedules = new Schedules(plan.workers());
    seconds = new long[plan.workers().size()];
    nights = new int[plan.workers().size()];
    for (Seat seat : plan.seats()) {
      if (seat.filled()) {
        take(seat, seat.getPerson());
      }
    }
  }

  /** Notes that {@code person} now holds {@code seat}. */
  void take(Seat seat, Worker person) {
    schedules.add(person, seat.info.start, seat.info.end);
    seconds[person.index] += seat.info.seconds;
    if (seat.info.night) {
      nights[person.index]++;
    }
  }

  /**
   * The cheapest person who can take the seat without breaking a rule: the current holder and the
   * post's team members are always looked at, then {@code tried} candidates in random order (all
   * when 0); if none of those fits, the first of the others that does. Null if nobody fits.
   */
  Worker choose(Seat seat, int tried, SplittableRandom random) {
    SeatInfo info = seat.info;
    Worker best = null;
    long bestCost = Long.MAX_VALUE;
    if (info.currentHolder != null && fits(info, info.currentHolder)) {
      best = info.currentHolder;
      bestCost = cost(info, best);
    }
    for (Worker member : info.team) {
      if (member != best && info.pool.contains(member) && fits(info, member)) {
        long cost = cost(info, member);
        if (cost < bestCost) {
          best = member;
          bestCost = cost;
        }
      }
    }
    List<Worker> candidates = seat.candidates();
    int n = candidates.size();
    if (n == 0) {
      return best;
    }
    int limit = tried == 0 ? n : Math.min(tried, n);
    // a random order without shuffling a shared list: a random start, a step coprime to n
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
      if (worker == best || !fits(info, worker)) {
        continue;
      }
      long cost = cost(info, worker);
      if (cost < bestCost) {
        best = worker;
        bestCost = cost;
      }
    }
    return best;
  }

  private boolean fits(SeatInfo seat, Worker worker) {
    return worker.qualifiedFor(seat.required)
        && schedules.check(worker, seat.start, seat.end) == Schedules.Block.NONE;
  }

  /** What the score's soft level would lose by giving the seat to this worker now. */
  private long cost(SeatInfo seat, Worker worker) {
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
