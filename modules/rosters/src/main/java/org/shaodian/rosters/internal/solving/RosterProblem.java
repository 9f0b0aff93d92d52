package org.shaodian.rosters.internal.solving;

import java.util.List;

/** The seats to fill and the people who may fill them. */
public record RosterProblem(List<SeatToFill> seats, List<Candidate> candidates) {

  public RosterProblem {
    seats = List.copyOf(seats);
    candidates = List.copyOf(candidates);
  }
}
