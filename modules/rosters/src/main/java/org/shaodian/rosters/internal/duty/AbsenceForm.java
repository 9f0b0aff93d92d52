package org.shaodian.rosters.internal.duty;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.text.FreeText;
import org.shaodian.rosters.api.AbsenceReason;

/** A period a person cannot serve, as sent to record it. */
@Schema(
    name = "AbsenceForm",
    requiredProperties = {"from", "until", "reason"})
public record AbsenceForm(
    @Schema(examples = "2026-12-01T00:00:00+08:00") @NotNull OffsetDateTime from,
    @Schema(examples = "2026-12-03T00:00:00+08:00", description = "the end, not included") @NotNull
        OffsetDateTime until,
    @NotNull AbsenceReason reason,
    @Schema(maxLength = 200) @FreeText(max = 200) String note) {}
