package org.shaodian.grids.internal.staff;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.GridStaffRole;

/** One person serving a grid in one role. */
@Schema(
    name = "GridStaffView",
    description = "网格力量 — a person serving a grid in one role",
    requiredProperties = {"id", "person", "role", "roleName", "since"})
public record StaffView(
    UUID id,
    UUID person,
    @Schema(description = "the person's name (people who serve, rosters)") String personName,
    GridStaffRole role,
    @Schema(description = "the role in words") String roleName,
    @Schema(description = "the building a building or corridor head serves") UUID building,
    String buildingName,
    @Schema(description = "the unit a corridor head serves") String unit,
    OffsetDateTime since) {}
