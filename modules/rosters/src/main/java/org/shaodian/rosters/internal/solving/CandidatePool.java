package org.shaodian.rosters.internal.solving;

import java.util.BitSet;
import java.util.List;

/**
 * A seat's candidate list and where it came from: the post's neighbourhood as rings of people (see
 * {@link Neighbourhoods}) and how many of those rings the list needed.
 */
record CandidatePool(
    List<List<Worker>> rings, int ringsUsed, List<Worker> candidates, BitSet members) {

  static CandidatePool of(List<List<Worker>> rings, int ringsUsed, List<Worker> candidates) {
    BitSet members = new BitSet();
    for (Worker worker : candidates) {
      members.set(worker.index);
    }
    return new CandidatePool(rings, ringsUsed, candidates, members);
  }

  /** Whether the person is on the list (in constant time). */
  boolean contains(Worker worker) {
    return members.get(worker.index);
  }

  /** Everyone in the rings the list was drawn from, qualified or not, available or not. */
  List<List<Worker>> scannedRings() {
    return rings.subList(0, ringsUsed);
  }
}
