package org.shaodian.rosters.api;

import java.util.Set;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;

/** What is registered about a person who serves (to register, or to change). */
public record PersonDetails(
    String name,
    PhoneNumber phone,
    Affiliation affiliation,
    boolean partyMember,
    Set<Qualification> qualifications,
    RegionCode homeRegion) {

  public PersonDetails {
    qualifications = Set.copyOf(qualifications);
  }
}
