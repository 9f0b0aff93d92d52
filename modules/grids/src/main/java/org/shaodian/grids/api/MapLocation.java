package org.shaodian.grids.api;

import java.util.List;
import java.util.Objects;

/**
 * Where a map feature is, in WGS-84: a point (a checkpoint's gate, a testing tent) or an area (a
 * supply yard, a restricted passage), as GeoJSON has them. The grids module checks it: inside
 * China, a valid polygon, and within the boundary of the feature's grid when the grid has one.
 */
public sealed interface MapLocation permits MapLocation.Point, MapLocation.Area {

  /** A point. */
  record Point(LonLat at) implements MapLocation {
    public Point {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * An area: its outline, then any holes, each a closed ring (the last position repeats the first)
   * of at least four positions, as a GeoJSON Polygon's rings.
   */
  record Area(List<List<LonLat>> rings) implements MapLocation {
    public Area {
      rings = rings.stream().map(List::copyOf).toList();
    }

    /** The outline alone (closed: the first corner repeated at the end). */
    public List<LonLat> outline() {
      return rings.isEmpty() ? List.of() : rings.get(0);
    }
  }

  static MapLocation point(double lon, double lat) {
    return new Point(new LonLat(lon, lat));
  }

  /** An area without holes, by its closed outline. */
  static MapLocation area(List<LonLat> outline) {
    return new Area(List.of(outline));
  }
}
