package org.shaodian.grids.internal.map;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.shaodian.grids.api.MapLocation;

/**
 * A location as the map's tables hold it, once it has kept the rules of {@link MapGeometry}: the
 * geometry (rounded, oriented), its GeoJSON text and its box. The entities store these; the demo
 * data writes them the same way.
 */
public record StoredLocation(Geometry shape, String geoJson, Envelope box) {

  /** A location checked by the map's rules; a 400 naming {@code field} when it breaks one. */
  public static StoredLocation of(MapLocation location, String field) {
    return of(MapGeometry.checked(location, field));
  }

  static StoredLocation of(Geometry checked) {
    return new StoredLocation(
        checked, GeoJson.text(MapGeometry.location(checked)), checked.getEnvelopeInternal());
  }
}
