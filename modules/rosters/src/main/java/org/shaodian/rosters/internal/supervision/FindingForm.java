package org.shaodian.rosters.internal.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.text.FreeText;
import org.shaodian.rosters.api.FindingKind;
import org.shaodian.rosters.api.FindingSeverity;

/** What a supervisor found at a post. */
@Schema(
    name = "FindingForm",
    description = "巡查发现 — what a supervision patrol found",
    requiredProperties = {"post", "kind", "severity", "note"})
public record FindingForm(
    @NotNull UUID post,
    @NotNull FindingKind kind,
    @NotNull FindingSeverity severity,
    @Schema(examples = "夜班查验员一人脱岗约 20 分钟", minLength = 1, maxLength = 2000)
        @NotBlank
        @FreeText(max = 2000)
        String note,
    @Schema(examples = "照片:岗亭无人,登记本未填写", maxLength = 400) @FreeText(max = 400) String photoNote,
    @Schema(description = "when it was found; now when left out") OffsetDateTime foundAt) {}
