package org.shaodian.grids.internal.map;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A GeoJSON Polygon (RFC 7946 §3.1.6). */
@Schema(
    name = "GeoJsonPolygon",
    description =
        "GeoJSON Polygon (RFC 7946): its outline, then any holes, each a closed ring (the last"
            + " position repeats the first) of at least four [longitude, latitude] positions in"
            + " WGS-84 degrees. Not self-intersecting, inside China; coordinates are kept to 7"
            + " decimals, the outline counter-clockwise.",
    requiredProperties = {"type", "coordinates"})
public record GeoJsonPolygon(
    @Schema(type = SchemaType.STRING, enumeration = "Polygon") String type,
    @Schema(
            type = SchemaType.ARRAY,
            minItems = 1,
            maxItems = MapGeometry.MAX_RINGS,
            description = "rings: the outline first, then holes; each [[longitude, latitude], …]")
        List<List<List<Double>>> coordinates)
    implements GeoJsonGeometry {

  static final String TYPE = "Polygon";
}
