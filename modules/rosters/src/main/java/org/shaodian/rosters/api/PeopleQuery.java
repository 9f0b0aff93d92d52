package org.shaodian.rosters.api;

import org.shaodian.kernel.api.region.RegionCode;

/**
 * Which people to list. Every part is optional; {@code region} narrows the caller's jurisdiction to
 * a part of it, {@code active} defaults to the active ones, {@code nameContains} matches anywhere
 * in the name.
 */
public record PeopleQuery(
    RegionCode region,
    Affiliation affiliation,
    Boolean partyMember,
    Qualification qualification,
    Boolean active,
    String nameContains) {

  public static PeopleQuery inRegion(RegionCode region) {
    return new PeopleQuery(region, null, null, null, true, null);
  }
}
