package org.shaodian.rosters.internal.jobs;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/** A rostering job to start: a region and the days to roster. */
@Schema(
    name = "RosterJobForm",
    requiredProperties = {"region", "from", "to"})
public record RosterJobForm(
    @Schema(
            type = SchemaType.STRING,
            pattern = RegionCode.PATTERN,
            examples = "330182107000",
            description = "the region whose open seats to fill, from its people")
        @NotNull
        String region,
    @Schema(description = "first day, today or later") @NotNull LocalDate from,
    @Schema(description = "last day, included; at most 31 days after the first") @NotNull
        LocalDate to) {}
