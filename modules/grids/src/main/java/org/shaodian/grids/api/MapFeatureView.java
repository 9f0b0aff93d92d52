package org.shaodian.grids.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * A feature of the four-colour map as the grids module keeps it.
 *
 * @param grid the compound grid it lies in when its place is a grid; null for a community's or a
 *     town's feature
 * @param reference the thing of another module it shows; null for a feature drawn on the map itself
 */
public record MapFeatureView(
    UUID id,
    RegionCode region,
    String regionName,
    RegionCode grid,
    MapColour colour,
    String name,
    MapLocation location,
    String hours,
    String contact,
    MapReference reference,
    long version,
    OffsetDateTime updatedAt) {}
