package org.shaodian.grids.api;

import java.util.Objects;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * A feature of the four-colour map, to place or to change: the place that runs it (a compound grid,
 * a village or community, or a town for what serves the whole town, such as a highway exit
 * checkpoint), its colour, its name, where it is, its opening hours and an office to contact.
 *
 * @param hours opening hours as text ("07:00–19:00", "24小时"), at most 100 characters; optional
 * @param contact an office and its phone ("社区服务中心 0571-6470xxxx"), at most 100 characters;
 *     organisational, never a person's mobile number (refused); optional
 */
public record MapFeatureDetails(
    RegionCode region,
    MapColour colour,
    String name,
    MapLocation location,
    String hours,
    String contact) {

  public MapFeatureDetails {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(location, "location");
  }
}
