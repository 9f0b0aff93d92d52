package org.shaodian.grids.internal.register;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/** A building of a grid, with its dwellings by unit and room when read on its own. */
@Schema(
    name = "BuildingView",
    description = "楼栋 — a building of a grid",
    requiredProperties = {"id", "grid", "name", "dwellings", "residents", "version"})
public record BuildingView(
    UUID id,
    RegionCode grid,
    String name,
    @Schema(description = "how many dwellings it has") int dwellings,
    @Schema(description = "how many residents live in it") int residents,
    long version,
    @Schema(description = "its dwellings by unit and room (only when one building is read)")
        List<DwellingView> rooms) {}
