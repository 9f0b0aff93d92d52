package org.shaodian.grids.internal.register;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dwelling to add to a building. */
@Schema(
    name = "DwellingForm",
    description = "新增住户 — a room of a building's unit",
    requiredProperties = {"room"})
public record DwellingForm(
    @Schema(
            examples = "1单元",
            maxLength = 10,
            pattern = "^[0-9A-Za-z\\u4e00-\\u9fff-]*$",
            description = "the unit (单元); leave out for a building without units")
        @Size(max = 10)
        @Pattern(regexp = "^[0-9A-Za-z\\u4e00-\\u9fff-]*$")
        String unit,
    @Schema(
            examples = "302",
            minLength = 1,
            maxLength = 10,
            pattern = "^[0-9A-Za-z\\u4e00-\\u9fff-]+$",
            description = "the room number or name")
        @NotNull
        @Size(max = 10)
        @Pattern(regexp = "^[0-9A-Za-z\\u4e00-\\u9fff-]+$")
        String room) {}
