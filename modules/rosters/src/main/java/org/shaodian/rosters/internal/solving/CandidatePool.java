package org.shaodian.rosters.internal.solving;

import java.util.List;

/**
 * A seat's candidate list and where it came from: the post's neighbourhood as rings of people (see
 * {@link Neighbourhoods}) and how many of those rings the list needed.
 */
record CandidatePool(List<List<Worker>> rings, int ringsUsed, List<Worker> candidates) {

  /** Everyone in the rings the list was drawn from, qualified or not, available or not. */
  List<List<Worker>> scannedRings() {
    return rings.subList(0, ringsUsed);
  }
}
