package org.shaodian.rosters.internal.solving;

/** A seat the roster leaves open, and why. */
public record UnfilledSeat(int seatId, UnfilledReason reason) {}
