package org.shaodian.kernel.internal.access;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/** The jurisdiction to give a registry account. */
@Schema(
    name = "AccountForm",
    description = "账号辖区 — the jurisdiction of a registry account",
    requiredProperties = {"jurisdiction"})
public record AccountForm(
    @Schema(
            type = SchemaType.STRING,
            pattern = RegionCode.PATTERN,
            examples = "330182107000",
            description = "region code within the caller's jurisdiction")
        @NotNull
        String jurisdiction) {}
