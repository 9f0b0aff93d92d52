package org.shaodian.grids.internal.map;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.MapColour;
import org.shaodian.grids.api.MapFeatureView;
import org.shaodian.grids.api.MapReference;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.RegionCode;

/** A feature of the four-colour map, as the REST API shows one. */
@Schema(
    name = "MapFeatureView",
    description = "网格图要素 — a feature of the four-colour map",
    requiredProperties = {
      "id",
      "region",
      "regionName",
      "colour",
      "colourName",
      "meaning",
      "name",
      "location",
      "version",
      "updatedAt"
    })
public record FeatureView(
    UUID id,
    RegionCode region,
    @Schema(description = "the grid, community or town it belongs to, by name") String regionName,
    RegionCode grid,
    MapColour colour,
    @Schema(description = "the colour in words: 红, 黄, 绿, 白") String colourName,
    @Schema(description = "what the colour marks: 临时物资配送点 …") String meaning,
    String name,
    GeoJsonGeometry location,
    String hours,
    String contact,
    @Schema(
            description =
                "the module that keeps it (checkpoints …), for a feature it shows; absent for one"
                    + " drawn on the map")
        String source,
    @Schema(description = "that module's id for the thing it shows") String reference,
    long version,
    OffsetDateTime updatedAt) {

  static FeatureView of(MapFeatureView feature, Language language) {
    MapReference reference = feature.reference();
    return new FeatureView(
        feature.id(),
        feature.region(),
        feature.regionName(),
        feature.grid(),
        feature.colour(),
        feature.colour().label().in(language),
        feature.colour().meaning().in(language),
        feature.name(),
        GeoJson.of(feature.location()),
        feature.hours(),
        feature.contact(),
        reference == null ? null : reference.source(),
        reference == null ? null : reference.reference(),
        feature.version(),
        feature.updatedAt());
  }
}
