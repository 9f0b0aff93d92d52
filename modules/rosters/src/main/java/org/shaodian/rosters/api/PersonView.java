package org.shaodian.rosters.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;

/** A person who serves, as other modules and the REST API see them (phone masked on output). */
@Schema(
    name = "PersonView",
    description = "值守人员 — a person who serves",
    requiredProperties = {
      "id",
      "name",
      "affiliation",
      "partyMember",
      "qualifications",
      "homeRegion",
      "homeRegionName",
      "active",
      "version",
      "registeredAt",
      "updatedAt"
    })
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
