package org.shaodian.kernel.api.personal;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.text.FreeText;

/** Why a full value is asked for: recorded with the reveal, read by officials. */
@Schema(
    name = "RevealForm",
    requiredProperties = {"reason"})
public record RevealForm(
    @Schema(
            examples = "通知其明早 8 点到寿昌出口卡口顶班",
            minLength = 1,
            maxLength = 200,
            description = "why the full value is needed")
        @NotBlank
        @FreeText(max = 200)
        String reason) {}
