package org.shaodian.rosters.internal.solving;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The seats of a cloned plan, kept as one array of people until someone looks at them: then the
 * seat objects are made, once. Timefold clones the working plan on every new best solution
 * (thousands of times a second early in local search) and mostly never reads those clones again;
 * making 17,000 seat objects per clone took a fifth of local search time, copying one array takes a
 * few microseconds.
 */
final class SeatSnapshot extends AbstractList<Seat> implements RandomAccess {

  private final SeatLayout layout;
  private Worker[] persons;
  private Seat[] seats;

  SeatSnapshot(SeatLayout layout, Worker[] persons) {
    this.layout = layout;
    this.persons = persons;
  }

  /** Who sits where, as a new array, without making the seats. */
  Worker[] persons() {
    if (seats == null) {
      return persons.clone();
    }
    Worker[] copy = new Worker[seats.length];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = seats[i].getPerson();
    }
    return copy;
  }

  @Override
  public Seat get(int index) {
    if (seats == null) {
      Seat[] made = new Seat[persons.length];
      for (int i = 0; i < made.length; i++) {
        made[i] = layout.seat(i, persons[i]);
      }
      seats = made;
      persons = null;
    }
    return seats[index];
  }

  @Override
  public int size() {
    return seats == null ? persons.length : seats.length;
  }
}
