package org.shaodian.rosters.internal.solving;

import java.util.Arrays;
import java.util.List;

/**
 * Everyone's duties in plain arrays, for the questions the score cannot answer cheaply: could this
 * person take this seat, and if not, which rule stands in the way? Used by the greedy construction
 * (which asks for every candidate it tries) and by the reasons for open seats.
 */
final class Schedules {

  /** What stops a person from taking a seat, in the order the reasons are judged. */
  enum Block {
    NONE,
    UNAVAILABLE,
    ON_DUTY,
    REST,
    WEEKLY
  }

  private static final long[] EMPTY = new long[0];

  /** Per worker: the seats' {@code [start, end, …]} in this problem, unsorted. */
  private final long[][] duties;

  private final int[] counts;

  Schedules(List<Worker> workers) {
    duties = new long[workers.size()][];
    Arrays.fill(duties, EMPTY);
    counts = new int[workers.size()];
  }

  void add(Worker worker, long start, long end) {
    int i = worker.index;
    if (2 * counts[i] + 2 > duties[i].length) {
      duties[i] = Arrays.copyOf(duties[i], Math.max(8, duties[i].length * 2));
    }
    duties[i][2 * counts[i]] = start;
    duties[i][2 * counts[i] + 1] = end;
    counts[i]++;
  }

  /**
   * The first rule (in {@link Block} order) that taking the seat would break; qualification aside.
   */
  Block check(Worker worker, long start, long end) {
    if (worker.unavailableDuring(start, end)) {
      return Block.UNAVAILABLE;
    }
    long[] mine = duties[worker.index];
    int count = counts[worker.index];
    if (worker.otherDutyOverlaps(start, end)) {
      return Block.ON_DUTY;
    }
    for (int k = 0; k < count; k++) {
      if (Rules.overlap(mine[2 * k], mine[2 * k + 1], start, end)) {
        return Block.ON_DUTY;
      }
    }
    if (worker.otherDutyTooClose(start, end)) {
      return Block.REST;
    }
    for (int k = 0; k < count; k++) {
      if (Rules.tooClose(mine[2 * k], mine[2 * k + 1], start, end)) {
        return Block.REST;
      }
    }
    return breaksWeeklyLimit(worker, mine, count, start) ? Block.WEEKLY : Block.NONE;
  }

  private static boolean breaksWeeklyLimit(Worker worker, long[] mine, int count, long start) {
    int outside = worker.otherDuties.length / 2;
    if (count + outside + 1 <= Rules.MAX_SHIFTS_PER_WEEK) {
      return false;
    }
    // only starts within a week either side can share a window with this one
    long[] starts = new long[count + outside + 1];
    int n = 0;
    starts[n++] = start;
    for (int k = 0; k < count; k++) {
      if (Math.abs(mine[2 * k] - start) < Rules.WEEK_SECONDS) {
        starts[n++] = mine[2 * k];
      }
    }
    for (int k = 0; k < outside; k++) {
      if (Math.abs(worker.otherDuties[2 * k] - start) < Rules.WEEK_SECONDS) {
        starts[n++] = worker.otherDuties[2 * k];
      }
    }
    return Rules.weeklyExcess(starts, n) > 0;
  }
}
