package org.shaodian.grids.internal.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.grids.internal.map.Shapes.refusal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.shaodian.grids.api.LonLat;
import org.shaodian.grids.api.MapLocation;

/** GeoJSON geometries as clients send them: the shape of the JSON, member by member. */
class GeoJsonTest {

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void aPolygonAndAPointAreRead() {
    MapLocation polygon =
        GeoJson.read(
            json(
                "{\"type\":\"Polygon\",\"coordinates\":[[[119.28,29.47],[119.29,29.47],"
                    + "[119.29,29.48],[119.28,29.47]]]}"),
            "",
            false);
    assertThat(((MapLocation.Area) polygon).outline())
        .startsWith(new LonLat(119.28, 29.47))
        .hasSize(4);
    MapLocation point =
        GeoJson.read(json("{\"coordinates\":[119.28,29.47],\"type\":\"Point\"}"), "location", true);
    assertThat(point).isEqualTo(MapLocation.point(119.28, 29.47));
  }

  @Test
  void theStoredTextReadsBackAsTheSameLocation() {
    MapLocation area = Shapes.square(119.28, 29.47, 0.0012345);
    String text = GeoJson.text(area);
    assertThat(text).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[119.28,29.47],");
    assertThat(GeoJson.parse(text)).isEqualTo(area);
    MapLocation point = MapLocation.point(119.2853, 29.4712);
    assertThat(GeoJson.text(point))
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[119.2853,29.4712]}");
    assertThat(GeoJson.parse(GeoJson.text(point))).isEqualTo(point);
    assertThat(GeoJson.of(point))
        .isEqualTo(new GeoJsonPoint("Point", java.util.List.of(119.2853, 29.4712)));
  }

  @Test
  void whatIsNotGeoJsonOfTheRightKindIsRefusedNamingTheMember() {
    assertThat(
            refusal(
                    () ->
                        GeoJson.read(json("{\"type\":\"Point\",\"coordinates\":[1,2]}"), "", false))
                .field())
        .as("a boundary is a polygon")
        .isEqualTo("type");
    assertThat(
            refusal(
                    () ->
                        GeoJson.read(
                            json("{\"type\":\"LineString\",\"coordinates\":[]}"), "location", true))
                .field())
        .isEqualTo("location.type");
    assertThat(
            refusal(
                    () ->
                        GeoJson.read(
                            json("{\"type\":\"Point\",\"coordinates\":[1,2],\"bbox\":[1,2,1,2]}"),
                            "location",
                            true))
                .field())
        .isEqualTo("location.bbox");
    assertThat(refusal(() -> GeoJson.read(json("{\"type\":\"Polygon\"}"), "", false)).field())
        .isEqualTo("coordinates");
    assertThat(
            refusal(
                    () ->
                        GeoJson.read(
                            json("{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[1,2,3]]]}"),
                            "",
                            false))
                .field())
        .as("a position is two numbers")
        .isEqualTo("coordinates[0][1]");
    assertThat(
            refusal(
                    () ->
                        GeoJson.read(
                            json("{\"type\":\"Polygon\",\"coordinates\":[[[\"119\",29]]]}"),
                            "",
                            false))
                .field())
        .isEqualTo("coordinates[0][0]");
    assertThat(
            refusal(
                    () ->
                        GeoJson.read(json("{\"type\":\"Polygon\",\"coordinates\":[5]}"), "", false))
                .field())
        .isEqualTo("coordinates[0]");
    assertThat(
            refusal(
                    () ->
                        GeoJson.read(
                            json("{\"type\":\"Point\",\"coordinates\":{}}"), "location", true))
                .field())
        .isEqualTo("location.coordinates");
  }
}
