package org.shaodian.kernel.internal.access;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/** A registry account as the administration API shows it (ETag = version). */
@Schema(name = "AccountView", description = "账号 — a registry account and its jurisdiction")
@JsonbPropertyOrder({
  "principal",
  "jurisdiction",
  "jurisdictionName",
  "version",
  "createdAt",
  "updatedAt"
})
public record AccountView(
    @Schema(example = "shouchang-official", description = "the name the user signs in with")
        String principal,
    @Schema(
            example = "330182107000",
            description = "region code of the part of the tree the user sees")
        RegionCode jurisdiction,
    @Schema(example = "寿昌镇") String jurisdictionName,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
