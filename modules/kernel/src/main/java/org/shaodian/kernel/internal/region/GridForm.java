package org.shaodian.kernel.internal.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A compound grid to add under a village or community. */
@Schema(name = "GridForm", description = "新增网格 — a compound grid to add under a community")
public record GridForm(
    @Schema(example = "330182002001", description = "the village or community it belongs to")
        @NotBlank
        String parentCode,
    @Schema(example = "洋安社区第十六网格") @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*")
        String name,
    @Schema(example = "Yang'an Grid 16") @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*")
        String nameEn,
    @Schema(
            example = "330182002001016",
            description =
                "the community's code and 3 more digits; when absent, the next free code after"
                    + " the highest one under the community")
        String code) {}
