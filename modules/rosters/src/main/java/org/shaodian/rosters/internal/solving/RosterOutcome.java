package org.shaodian.rosters.internal.solving;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The best roster found.
 *
 * @param assignments seat id → person, for the filled seats
 * @param unfilled the open seats, each with its reason
 * @param score {@code <hard>hard/<medium>medium/<soft>soft}
 * @param hardBreaks hard rules broken (0 when the roster is feasible)
 * @param timeToFeasible from the call to the first best solution without hard breaks; null if never
 * @param moveEvaluationsPerSecond moves evaluated per second of solving (Timefold's count)
 * @param stoppedEarly {@link RosterSolver#stopEarly()} ended the solving
 * @param timeToBestFill from the call to the first best solution without hard breaks that filled as
 *     many seats as the final one (all of them, when all could be filled); null if never feasible
 */
public record RosterOutcome(
    Map<Integer, UUID> assignments,
    List<UnfilledSeat> unfilled,
    String score,
    int hardBreaks,
    Duration timeToFeasible,
    long moveEvaluationsPerSecond,
    boolean stoppedEarly,
    Duration timeToBestFill) {

  public RosterOutcome {
    assignments = Map.copyOf(assignments);
    unfilled = List.copyOf(unfilled);
  }
}
