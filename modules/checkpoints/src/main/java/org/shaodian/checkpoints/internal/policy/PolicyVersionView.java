package org.shaodian.checkpoints.internal.policy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/** One version of a region's screening policy. */
@Schema(
    name = "ScreeningPolicyView",
    description = "筛查政策版本 — one version of a region's screening policy",
    requiredProperties = {
      "id",
      "region",
      "regionName",
      "effectiveFrom",
      "scheduled",
      "greenCodeRequired",
      "testOrigins",
      "feverFrom",
      "note",
      "issuedBy",
      "issuedAt",
      "version"
    })
public record PolicyVersionView(
    UUID id,
    RegionCode region,
    String regionName,
    OffsetDateTime effectiveFrom,
    @Schema(description = "true: it takes effect later") boolean scheduled,
    @Schema(description = "a yellow or red health code is not released") boolean greenCodeRequired,
    @Schema(
            description =
                "an itinerary through a risk area fewer than this many days ago is tested on"
                    + " site; absent: not checked")
        Integer riskAreaDays,
    @Schema(
            description =
                "travellers from the testOrigins need a nucleic-acid proof younger than this;"
                    + " absent: no test asked for")
        Integer testMaxAgeHours,
    @Schema(
            description =
                "division code prefixes (2, 4 or 6 digits) whose travellers need the recent"
                    + " test")
        List<String> testOrigins,
    @Schema(description = "℃: from this temperature on, not released") double feverFrom,
    String note,
    @Schema(description = "the account that issued it") String issuedBy,
    OffsetDateTime issuedAt,
    long version) {}
