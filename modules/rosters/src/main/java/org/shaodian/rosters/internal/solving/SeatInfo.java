package org.shaodian.rosters.internal.solving;

import java.util.UUID;

/**
 * What never changes about a seat while solving, precomputed once and shared by a seat and all its
 * clones (so that cloning a solution copies four references per seat).
 */
final class SeatInfo {

  final int id;

  /** The id boxed once: the planning id every clone of the seat shares. */
  final Integer boxedId;

  final SeatToFill source;
  final long start;
  final long end;
  final long seconds;
  final boolean night;
  final long required;
  final RegionKey post;
  final UUID teamId;

  /** The current holder among the candidates, or null (none, or not a candidate at all). */
  final Worker currentHolder;

  /** The neighbourhood the candidate list was drawn from (for the reasons of an open seat). */
  final CandidatePool pool;

  /** The members of the post's team (all of them, candidates or not); empty without a team. */
  final Worker[] team;

  SeatInfo(
      SeatToFill source,
      RegionKey post,
      long required,
      Worker currentHolder,
      CandidatePool pool,
      Worker[] team) {
    this(
        source.id(),
        source,
        source.start().getEpochSecond(),
        source.end().getEpochSecond(),
        Rules.isNight(source.start(), source.end()),
        required,
        post,
        source.postTeamId(),
        currentHolder,
        pool,
        team);
  }

  SeatInfo(
      int id,
      SeatToFill source,
      long start,
      long end,
      boolean night,
      long required,
      RegionKey post,
      UUID teamId,
      Worker currentHolder,
      CandidatePool pool,
      Worker[] team) {
    this.id = id;
    this.boxedId = id;
    this.source = source;
    this.start = start;
    this.end = end;
    this.seconds = end - start;
    this.night = night;
    this.required = required;
    this.post = post;
    this.teamId = teamId;
    this.currentHolder = currentHolder;
    this.pool = pool;
    this.team = team;
  }
}
