package org.shaodian.rosters.internal.solving;

import java.time.Duration;

/**
 * Sent on every new best solution, on the solving thread: keep the consumer quick.
 *
 * @param score {@code <hard>hard/<medium>medium/<soft>soft}; medium is minus the unfilled seats
 * @param feasible no hard rule broken (seats may still be unfilled)
 * @param elapsed since {@link RosterSolver#solve} was called
 */
public record Progress(
    String score, int seatsFilled, int seatsTotal, boolean feasible, Duration elapsed) {}
