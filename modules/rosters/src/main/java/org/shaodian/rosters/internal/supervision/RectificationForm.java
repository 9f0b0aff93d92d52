package org.shaodian.rosters.internal.supervision;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.text.FreeText;

/** How the command office put a finding right. */
@Schema(
    name = "RectificationForm",
    requiredProperties = {"note"})
public record RectificationForm(
    @Schema(examples = "已约谈当事人,增设夜班组长巡岗", minLength = 1, maxLength = 2000)
        @NotBlank
        @FreeText(max = 2000)
        String note) {}
