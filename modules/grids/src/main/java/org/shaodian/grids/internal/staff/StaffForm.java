package org.shaodian.grids.internal.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.GridStaffRole;

/** A person to appoint to a role in a grid. */
@Schema(
    name = "GridStaffForm",
    description = "网格力量任命 — appoint a person who serves to a role in a grid",
    requiredProperties = {"person", "role"})
public record StaffForm(
    @Schema(description = "a person who serves (rosters), by id") @NotNull UUID person,
    @NotNull GridStaffRole role,
    @Schema(description = "for a building head or corridor head: a building of this grid")
        UUID building,
    @Schema(
            examples = "1单元",
            maxLength = 10,
            pattern = "^[0-9A-Za-z\\u4e00-\\u9fff-]+$",
            description = "for a corridor head: the building's unit")
        @Size(max = 10)
        @Pattern(regexp = "^[0-9A-Za-z\\u4e00-\\u9fff-]+$")
        String unit) {}
