package org.shaodian.grids.api;

/** A position in WGS-84 degrees: longitude east, then latitude north (the order of GeoJSON). */
public record LonLat(double lon, double lat) {}
