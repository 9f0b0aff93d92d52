package org.shaodian.grids.internal.map;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.shaodian.grids.api.MapColour;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * What the map of a region shows: the boundaries of its grids and its features, with the places
 * they belong to by code (for their names), as read at {@code readAt}.
 */
public record MapContent(
    Region area,
    List<GridBoundary> boundaries,
    List<MapFeature> features,
    Map<RegionCode, Region> places,
    Instant readAt) {

  public MapContent {
    boundaries = List.copyOf(boundaries);
    features = List.copyOf(features);
    places = Map.copyOf(places);
  }

  public boolean isEmpty() {
    return boundaries.isEmpty() && features.isEmpty();
  }

  /** The name of a place on the map (its code when the region tree does not know it). */
  public String nameOf(RegionCode code) {
    Region place = places.get(code);
    return place == null ? code.value() : place.name();
  }

  /** The box around everything on the map; null when there is nothing. */
  public Envelope box() {
    if (isEmpty()) {
      return null;
    }
    Envelope box = new Envelope();
    boundaries.forEach(b -> box.expandToInclude(b.box()));
    features.forEach(f -> box.expandToInclude(f.box()));
    return box;
  }

  /** How many features of each colour the map shows. */
  public Map<MapColour, Integer> counts() {
    Map<MapColour, Integer> counts = new EnumMap<>(MapColour.class);
    for (MapColour colour : MapColour.values()) {
      counts.put(colour, 0);
    }
    features.forEach(f -> counts.merge(f.colour(), 1, Integer::sum));
    return counts;
  }
}
