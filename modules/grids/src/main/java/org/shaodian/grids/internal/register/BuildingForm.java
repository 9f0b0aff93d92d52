package org.shaodian.grids.internal.register;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.text.NameText;

/** A building to add to a grid. */
@Schema(
    name = "BuildingForm",
    description = "新增楼栋 — a building of a grid",
    requiredProperties = {"name"})
public record BuildingForm(
    @Schema(examples = "3幢", minLength = 1, maxLength = 50, description = "as residents know it")
        @NameText(max = 50)
        String name) {}
