package org.shaodian.grids.internal.staff;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * A grid: a node of the region tree, with the community or village it belongs to, its staff and the
 * size of its register.
 */
@Schema(
    name = "GridView",
    description = "网格 — a compound grid with its staff and register",
    requiredProperties = {
      "code",
      "name",
      "community",
      "communityName",
      "buildings",
      "dwellings",
      "residents"
    })
public record GridView(
    RegionCode code,
    String name,
    RegionCode community,
    String communityName,
    int buildings,
    int dwellings,
    int residents,
    @Schema(description = "who serves it (when one grid is read, or in lists)")
        List<StaffView> staff) {}
