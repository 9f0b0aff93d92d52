package org.shaodian.rosters.api;

import java.util.Objects;
import java.util.Set;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * What is registered about a person who serves (to register, or to change). The phone may be
 * absent; lengths are checked by the REST form and, for other callers, by the database.
 */
public record PersonDetails(
    String name,
    PhoneNumber phone,
    Affiliation affiliation,
    boolean partyMember,
    Set<Qualification> qualifications,
    RegionCode homeRegion) {

  public PersonDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(affiliation, "affiliation");
    Objects.requireNonNull(homeRegion, "homeRegion");
    qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
  }
}
