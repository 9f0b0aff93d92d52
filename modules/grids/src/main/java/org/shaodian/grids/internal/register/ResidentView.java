package org.shaodian.grids.internal.register;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.grids.api.ResidentFlag;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;

/** A resident as the register shows them: ID number and phone masked on output. */
@Schema(
    name = "ResidentView",
    description = "居民 — a resident of a grid's dwelling",
    requiredProperties = {
      "id",
      "name",
      "idNumber",
      "relation",
      "flags",
      "dwelling",
      "grid",
      "gridName",
      "version",
      "registeredAt",
      "updatedAt"
    })
public record ResidentView(
    UUID id,
    String name,
    IdNumber idNumber,
    PhoneNumber phone,
    HouseholdRelation relation,
    List<ResidentFlag> flags,
    DwellingView dwelling,
    RegionCode grid,
    String gridName,
    long version,
    OffsetDateTime registeredAt,
    OffsetDateTime updatedAt) {}
