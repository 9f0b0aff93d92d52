package org.shaodian.grids.internal.map;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A GeoJSON Point (RFC 7946 §3.1.2). */
@Schema(
    name = "GeoJsonPoint",
    description = "GeoJSON Point (RFC 7946): [longitude, latitude] in WGS-84 degrees",
    requiredProperties = {"type", "coordinates"})
public record GeoJsonPoint(
    @Schema(type = SchemaType.STRING, enumeration = "Point") String type,
    @Schema(
            type = SchemaType.ARRAY,
            minItems = 2,
            maxItems = 2,
            examples = "[119.2853, 29.4712]",
            description = "[longitude, latitude]")
        List<Double> coordinates)
    implements GeoJsonGeometry {

  static final String TYPE = "Point";
}
