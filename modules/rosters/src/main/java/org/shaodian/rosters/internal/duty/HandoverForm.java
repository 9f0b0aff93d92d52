package org.shaodian.rosters.internal.duty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.text.FreeText;

/** The outgoing leader's handover note for a shift. */
@Schema(
    name = "HandoverForm",
    requiredProperties = {"date", "shift", "writtenBy", "note"})
public record HandoverForm(
    @NotNull LocalDate date,
    @Schema(minimum = "1", maximum = "99", description = "the outgoing shift")
        @NotNull
        @Min(1)
        @Max(99)
        Integer shift,
    @Schema(description = "the outgoing leader (point or group leader of the shift)") @NotNull
        UUID writtenBy,
    @Schema(examples = "本班查验车辆 1,203 辆,劝返 2 辆;测温枪电池已更换。", minLength = 1, maxLength = 2000)
        @NotBlank
        @FreeText(max = 2000)
        String note) {}
