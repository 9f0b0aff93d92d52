package org.shaodian.checkpoints.internal.policy;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/** The version in force for a place at a time. */
@Schema(
    name = "ScreeningPolicyInForce",
    description = "生效中的筛查政策 — the version in force for a place at a time",
    requiredProperties = {"region", "regionName", "at", "inherited", "policy"})
public record PolicyInForceView(
    RegionCode region,
    String regionName,
    OffsetDateTime at,
    @Schema(
            description =
                "true: the place has no version of its own in force; the policy's region is the"
                    + " one above it that it inherits from")
        boolean inherited,
    PolicyVersionView policy) {}
