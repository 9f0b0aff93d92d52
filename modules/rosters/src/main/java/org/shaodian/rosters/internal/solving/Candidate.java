package org.shaodian.rosters.internal.solving;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.shaodian.rosters.api.Qualification;

/**
 * A person who may be rostered.
 *
 * @param homeRegionPath where the person lives (a village, or a town for town staff)
 * @param unavailable leave, quarantine, … : no seat may overlap these
 * @param teamIds the teams the person belongs to
 * @param otherDuties duties already held outside this problem (another region, or outside the date
 *     range): they count for overlap, rest and the weekly limit, but are not moved
 */
public record Candidate(
    UUID personId,
    String homeRegionPath,
    Set<Qualification> qualifications,
    List<Period> unavailable,
    Set<UUID> teamIds,
    List<Period> otherDuties) {

  public Candidate {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(homeRegionPath, "homeRegionPath");
    qualifications = Set.copyOf(qualifications);
    unavailable = List.copyOf(unavailable);
    teamIds = Set.copyOf(teamIds);
    otherDuties = List.copyOf(otherDuties);
  }
}
