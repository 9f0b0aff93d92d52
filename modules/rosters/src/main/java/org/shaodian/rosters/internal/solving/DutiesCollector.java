package org.shaodian.rosters.internal.solving;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects one person's seats and sums up what the per-person rules need, in one pass: overlapping
 * pairs, pairs with too little rest, the weekly excess (outside duties included), hours and nights.
 * One group node then feeds five constraints, instead of two self-joins and three group nodes; a
 * move recomputes the two people it touches, each a handful of seats.
 */
final class DutiesCollector
    implements UniConstraintCollector<Seat, DutiesCollector.Container, Duties> {

  static final DutiesCollector INSTANCE = new DutiesCollector();

  private DutiesCollector() {}

  /** A person's seats (identity, unordered); the person is noted when the first seat comes in. */
  static final class Container {
    private Seat[] seats = new Seat[4];
    private int count;
    private Worker person;

    private Runnable add(Seat seat) {
      if (count == seats.length) {
        seats = Arrays.copyOf(seats, count * 2);
      }
      if (count == 0) {
        person = seat.getPerson(); // read at insertion: the seat's group is this person
      }
      seats[count++] = seat;
      return () -> remove(seat);
    }

    private void remove(Seat seat) {
      for (int i = 0; i < count; i++) {
        if (seats[i] == seat) {
          seats[i] = seats[--count];
          seats[count] = null;
          return;
        }
      }
      throw new IllegalStateException("seat " + seat + " was not collected");
    }

    private Duties finish() {
      int overlaps = 0;
      int restBreaks = 0;
      long seconds = 0;
      int nights = 0;
      for (int i = 0; i < count; i++) {
        SeatInfo a = seats[i].info;
        seconds += a.seconds;
        if (a.night) {
          nights++;
        }
        for (int j = i + 1; j < count; j++) {
          SeatInfo b = seats[j].info;
          if (Rules.overlap(a.start, a.end, b.start, b.end)) {
            overlaps++;
          } else if (Rules.tooClose(a.start, a.end, b.start, b.end)) {
            restBreaks++;
          }
        }
      }
      int weeklyExcess = 0;
      int outside = person == null ? 0 : person.otherDuties.length / 2;
      if (count + outside > Rules.MAX_SHIFTS_PER_WEEK) {
        long[] starts = new long[count + outside];
        for (int i = 0; i < count; i++) {
          starts[i] = seats[i].info.start;
        }
        for (int k = 0; k < outside; k++) {
          starts[count + k] = person.otherDuties[2 * k];
        }
        weeklyExcess = Rules.weeklyExcess(starts, starts.length);
      }
      return new Duties(overlaps, restBreaks, weeklyExcess, seconds, nights);
    }
  }

  @Override
  public Supplier<Container> supplier() {
    return Container::new;
  }

  @Override
  public BiFunction<Container, Seat, Runnable> accumulator() {
    return Container::add;
  }

  @Override
  public Function<Container, Duties> finisher() {
    return Container::finish;
  }
}
