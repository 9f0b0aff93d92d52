package org.shaodian.kernel.internal.region;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameText;

/** A compound grid to add under a village or community. */
@Schema(
    name = "GridForm",
    description = "新增网格 — a compound grid to add under a community",
    requiredProperties = {"parentCode", "name"})
public record GridForm(
    @Schema(
            type = SchemaType.STRING,
            pattern = RegionCode.PATTERN,
            examples = "330182002001",
            description = "the village or community it belongs to")
        @NotNull
        String parentCode,
    @Schema(examples = "洋安社区第十六网格", minLength = 1, maxLength = 100) @NameText(max = 100)
        String name,
    @Schema(examples = "Yang'an Grid 16", maxLength = 200) @NameText(max = 200, required = false)
        String nameEn,
    @Schema(
            type = SchemaType.STRING,
            pattern = "^[0-9]{15}$",
            examples = "330182002001016",
            description =
                "the community's code and 3 more digits; when absent, the next free code after"
                    + " the highest one under the community")
        String code) {}
