package org.shaodian.grids.internal.map;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.locationtech.jts.geom.Envelope;
import org.shaodian.grids.api.MapColour;
import org.shaodian.grids.api.MapReference;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The four-colour map of a region as a GeoJSON FeatureCollection (RFC 7946), which any map client
 * draws: one Feature per grid boundary ({@code kind: boundary}) and per feature of the map ({@code
 * kind: feature}), described in their properties in the caller's language.
 */
@Schema(
    name = "MapFeatureCollection",
    description =
        "四色网格图 — the four-colour grid map of a region as a GeoJSON FeatureCollection (RFC"
            + " 7946): grid boundaries first, then the features",
    requiredProperties = {"type", "features"})
public record MapCollection(
    @Schema(type = SchemaType.STRING, enumeration = "FeatureCollection") String type,
    @Schema(
            type = SchemaType.ARRAY,
            minItems = 4,
            maxItems = 4,
            description =
                "the box around everything on the map: [west, south, east, north]; absent when"
                    + " the map is empty")
        List<Double> bbox,
    List<MapItem> features) {

  /** A boundary or a feature, as a GeoJSON Feature. */
  @Schema(
      name = "MapGeoFeature",
      description = "a GeoJSON Feature: a grid's boundary or a feature of the map",
      requiredProperties = {"type", "id", "geometry", "properties"})
  public record MapItem(
      @Schema(type = SchemaType.STRING, enumeration = "Feature") String type,
      @Schema(description = "a boundary's grid code, a feature's id") String id,
      GeoJsonGeometry geometry,
      MapItemProperties properties) {}

  /** What a map client labels and colours a boundary or a feature by. */
  @Schema(
      name = "MapGeoFeatureProperties",
      description = "what a boundary or a feature is, in the caller's language",
      requiredProperties = {"kind", "name", "region", "regionName", "version"})
  public record MapItemProperties(
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"boundary", "feature"},
              description = "boundary: a grid's outline; feature: a point or area of the map")
          String kind,
      MapColour colour,
      @Schema(description = "the colour in words: 红, 黄, 绿, 白") String colourName,
      @Schema(description = "what the colour marks: 临时物资配送点 …") String meaning,
      @Schema(description = "the grid's name, or the feature's") String name,
      String hours,
      String contact,
      RegionCode region,
      @Schema(description = "the grid, community or town it belongs to, by name") String regionName,
      RegionCode grid,
      @Schema(description = "the grid's name, when it lies in a grid") String gridName,
      @Schema(description = "the module that keeps a feature it shows (checkpoints …)")
          String source,
      @Schema(description = "that module's id for the thing") String reference,
      @Schema(description = "the version to send back in If-Match to change it") long version) {}

  /** The collection of a map's content, described in a language. */
  static MapCollection of(MapContent content, Language language) {
    List<MapItem> items = new ArrayList<>();
    for (GridBoundary boundary : content.boundaries()) {
      String name = content.nameOf(boundary.grid());
      items.add(
          new MapItem(
              "Feature",
              boundary.grid().value(),
              GeoJson.of(boundary.area()),
              new MapItemProperties(
                  "boundary",
                  null,
                  null,
                  null,
                  name,
                  null,
                  null,
                  boundary.grid(),
                  name,
                  boundary.grid(),
                  name,
                  null,
                  null,
                  boundary.version())));
    }
    for (MapFeature feature : content.features()) {
      MapReference reference = feature.reference();
      items.add(
          new MapItem(
              "Feature",
              feature.id().toString(),
              GeoJson.of(feature.location()),
              new MapItemProperties(
                  "feature",
                  feature.colour(),
                  feature.colour().label().in(language),
                  feature.colour().meaning().in(language),
                  feature.name(),
                  feature.hours(),
                  feature.contact(),
                  feature.region(),
                  content.nameOf(feature.region()),
                  feature.grid(),
                  feature.grid() == null ? null : content.nameOf(feature.grid()),
                  reference == null ? null : reference.source(),
                  reference == null ? null : reference.reference(),
                  feature.version())));
    }
    Envelope box = content.box();
    return new MapCollection(
        "FeatureCollection",
        box == null ? null : List.of(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()),
        items);
  }
}
