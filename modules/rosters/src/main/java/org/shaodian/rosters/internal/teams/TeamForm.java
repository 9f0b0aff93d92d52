package org.shaodian.rosters.internal.teams;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.FreeText;
import org.shaodian.kernel.api.text.NameText;
import org.shaodian.rosters.api.TeamKind;

/** A team, as sent to form or change it. */
@Schema(
    name = "TeamForm",
    description = "组建/修改队伍 — a team to form or change",
    requiredProperties = {"kind", "name", "region"})
public record TeamForm(
    @NotNull TeamKind kind,
    @Schema(examples = "寿昌高速卡口临时党支部", minLength = 1, maxLength = 50) @NameText(max = 50)
        String name,
    @Schema(examples = "企业和市场", maxLength = 100) @FreeText(max = 100) String focus,
    @Schema(
            type = SchemaType.STRING,
            pattern = RegionCode.PATTERN,
            examples = "330182107000",
            description = "the region whose command office runs the team")
        @NotNull
        String region) {

  String trimmedName() {
    return name.strip();
  }

  String trimmedFocus() {
    return focus == null || focus.isBlank() ? null : focus.strip();
  }

  RegionCode regionCode() {
    return RegionCode.parse("region", region);
  }
}
