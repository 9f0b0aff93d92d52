package org.shaodian.grids.internal.map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A geometry as the API writes it (RFC 7946): a {@link GeoJsonPoint} or a {@link GeoJsonPolygon},
 * WGS-84 longitude and latitude in degrees.
 */
@Schema(
    name = "GeoJsonGeometry",
    type = SchemaType.OBJECT,
    description = "a GeoJSON Point or Polygon (RFC 7946), WGS-84",
    oneOf = {GeoJsonPoint.class, GeoJsonPolygon.class})
public sealed interface GeoJsonGeometry permits GeoJsonPoint, GeoJsonPolygon {}
