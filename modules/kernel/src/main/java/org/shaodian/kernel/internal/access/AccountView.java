package org.shaodian.kernel.internal.access;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/** A registry account as the administration API shows it (ETag = version). */
@Schema(
    name = "AccountView",
    description = "账号 — a registry account and its jurisdiction",
    requiredProperties = {
      "principal",
      "jurisdiction",
      "jurisdictionName",
      "version",
      "createdAt",
      "updatedAt"
    })
@JsonbPropertyOrder({
  "principal",
  "jurisdiction",
  "jurisdictionName",
  "version",
  "createdAt",
  "updatedAt"
})
public record AccountView(
    @Schema(examples = "shouchang-official", description = "the name the user signs in with")
        String principal,
    // the part of the tree the user sees (RegionCode documents itself)
    RegionCode jurisdiction,
    @Schema(examples = "寿昌镇") String jurisdictionName,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
