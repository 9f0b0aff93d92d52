package org.shaodian.rosters.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;

/** A person who serves, as other modules and the REST API see them (phone masked on output). */
public record PersonView(
    UUID id,
    String name,
    PhoneNumber phone,
    Affiliation affiliation,
    boolean partyMember,
    List<Qualification> qualifications,
    RegionCode homeRegion,
    String homeRegionName,
    boolean active,
    long version,
    OffsetDateTime registeredAt,
    OffsetDateTime updatedAt) {}
