package org.shaodian.rosters.internal.solving;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.util.Set;
import java.util.UUID;

/**
 * A candidate as the solver sees it (a problem fact, never changed while solving): qualifications
 * as a bit mask, periods as sorted epoch seconds.
 */
final class Worker {

  @PlanningId final int index;
  final UUID id;
  final long qualifications;
  final RegionKey home;
  final Set<UUID> teams;

  /** Leave, quarantine …: sorted {@code [start, end, …]}. */
  final long[] unavailable;

  /** Duties held outside the problem: sorted {@code [start, end, …]}. */
  final long[] otherDuties;

  /** Seconds of {@link #otherDuties} inside the problem's horizon (they count for fairness). */
  final long otherSeconds;

  /** Night duties among {@link #otherDuties} inside the horizon. */
  final int otherNights;

  Worker(
      int index,
      UUID id,
      long qualifications,
      RegionKey home,
      Set<UUID> teams,
      long[] unavailable,
      long[] otherDuties,
      long otherSeconds,
      int otherNights) {
    this.index = index;
    this.id = id;
    this.qualifications = qualifications;
    this.home = home;
    this.teams = teams;
    this.unavailable = unavailable;
    this.otherDuties = otherDuties;
    this.otherSeconds = otherSeconds;
    this.otherNights = otherNights;
  }

  boolean qualifiedFor(long required) {
    return (qualifications & required) == required;
  }

  boolean unavailableDuring(long start, long end) {
    return Rules.anyOverlap(unavailable, start, end);
  }

  boolean otherDutyOverlaps(long start, long end) {
    return Rules.anyOverlap(otherDuties, start, end);
  }

  boolean otherDutyTooClose(long start, long end) {
    return Rules.anyTooClose(otherDuties, start, end);
  }

  @Override
  public String toString() {
    return "Worker " + index + " " + id;
  }
}
