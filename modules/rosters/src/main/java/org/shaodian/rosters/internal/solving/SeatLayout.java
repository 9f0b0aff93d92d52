package org.shaodian.rosters.internal.solving;

import java.util.List;

/**
 * What every clone of a plan shares about its seats, in plan order: their facts and their candidate
 * lists. Only who sits where differs between clones.
 */
record SeatLayout(SeatInfo[] infos, List<List<Worker>> candidates) {

  static SeatLayout of(List<Seat> seats) {
    SeatInfo[] infos = new SeatInfo[seats.size()];
    List<Worker>[] lists = newArray(seats.size());
    for (int i = 0; i < infos.length; i++) {
      infos[i] = seats.get(i).info;
      lists[i] = seats.get(i).candidates();
    }
    return new SeatLayout(infos, List.of(lists));
  }

  @SuppressWarnings("unchecked")
  private static List<Worker>[] newArray(int size) {
    return (List<Worker>[]) new List<?>[size];
  }

  int size() {
    return infos.length;
  }

  Seat seat(int i, Worker person) {
    return new Seat(infos[i], candidates.get(i), person);
  }
}
