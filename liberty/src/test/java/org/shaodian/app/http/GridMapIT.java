package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The four-colour grid map through the running server: Yang'an's fifteen boundaries and its
 * features (demo) as GeoJSON, PNG and SVG with a Chinese legend; boundaries drawn by the command
 * office (valid, inside China, apart from the neighbours', versioned) and features placed within
 * their grids; bad input refused naming the field and changing nothing; outsiders hear 404, roles
 * that may not 403.
 */
class GridMapIT {

  static final String GEO_JSON = "application/geo+json";

  static final List<String> YANGAN_GRIDS =
      IntStream.rangeClosed(1, 15).mapToObj(n -> Api.YANGAN + String.format("%03d", n)).toList();

  /** A JSON body with its numbers as doubles (coordinates must not lose digits to floats). */
  static JsonPath json(String body) {
    return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
  }

  /** The map of a region as a caller reads it (GeoJSON). */
  static JsonPath map(String user, String region) {
    Response response = as(user).accept(GEO_JSON).queryParam("region", region).get("/map");
    response.then().statusCode(200).contentType(startsWith(GEO_JSON));
    return json(response.asString());
  }

  /** A new grid of Yang'an, added by the command office; its code. */
  static String newGrid(String name) {
    return as(Api.YANGXI_COMMAND)
        .contentType("application/json")
        .body("{\"parentCode\":\"" + Api.YANGAN + "\",\"name\":\"" + name + "\"}")
        .post("/admin/regions")
        .then()
        .statusCode(201)
        .extract()
        .path("code");
  }

  /** A GeoJSON Polygon through the corners (closed here), lon, lat, lon, lat … */
  static String polygon(double... lonLat) {
    StringBuilder ring = new StringBuilder();
    for (int i = 0; i < lonLat.length; i += 2) {
      ring.append(position(lonLat[i], lonLat[i + 1])).append(',');
    }
    ring.append(position(lonLat[0], lonLat[1]));
    return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
  }

  /** A square of {@code size} degrees, south-west corner at lon, lat. */
  static String square(double lon, double lat, double size) {
    return polygon(lon, lat, lon + size, lat, lon + size, lat + size, lon, lat + size);
  }

  static String point(double lon, double lat) {
    return "{\"type\":\"Point\",\"coordinates\":" + position(lon, lat) + "}";
  }

  static String position(double lon, double lat) {
    return String.format(Locale.ROOT, "[%.7f,%.7f]", lon, lat);
  }

  static Response drawBoundary(String user, String grid, String ifMatch, String geoJson) {
    var request = as(user).contentType(GEO_JSON).accept(GEO_JSON).body(geoJson);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/grids/{grid}/boundary", grid);
  }

  /** The middle of a grid's boundary: the mean of its corners (the demo's are convex). */
  static double[] middleOf(String grid) {
    Response response = as(Api.YANGXI_COMMAND).accept(GEO_JSON).get("/grids/{grid}/boundary", grid);
    response.then().statusCode(200);
    List<List<Number>> ring = json(response.asString()).getList("coordinates[0]");
    double lon = 0;
    double lat = 0;
    for (int i = 0; i < ring.size() - 1; i++) {
      lon += ((Number) ring.get(i).get(0)).doubleValue();
      lat += ((Number) ring.get(i).get(1)).doubleValue();
    }
    return new double[] {lon / (ring.size() - 1), lat / (ring.size() - 1)};
  }

  static String feature(String region, String colour, String name, String location) {
    return """
        {"region":"%s","colour":"%s","name":"%s","location":%s,
         "hours":"07:00–19:00","contact":"洋安社区服务中心 0571-6470xxxx"}"""
        .formatted(region, colour, name, location);
  }

  static Response place(String user, String body) {
    return as(user).contentType("application/json").body(body).post("/map/features");
  }

  @Test
  void yanganHasItsFifteenBoundariesAndItsFeaturesAsGeoJson() {
    JsonPath map = map(Api.YANGXI_COMMAND, Api.YANGAN);
    assertThat(map.getString("type")).isEqualTo("FeatureCollection");
    assertThat(map.getList("bbox")).hasSize(4);
    List<Map<String, Object>> features = map.getList("features");
    List<Map<String, Object>> boundaries =
        features.stream()
            .filter(f -> "boundary".equals(((Map<?, ?>) f.get("properties")).get("kind")))
            .filter(f -> YANGAN_GRIDS.contains((String) f.get("id")))
            .toList();
    assertThat(boundaries).hasSize(15);
    assertThat(boundaries).allSatisfy(b -> assertThat(b.get("geometry")).isNotNull());
    assertThat(map.getString("features.find { it.id == '330182002001001' }.geometry.type"))
        .isEqualTo("Polygon");
    assertThat(map.getString("features.find { it.id == '330182002001001' }.properties.name"))
        .isEqualTo("洋安社区第一网格");
    // the demo's features, in their colours, with what the colours mean, in Chinese
    Map<String, Object> supply =
        map.getMap("features.find { it.properties.name == '综合楼临时物资配送点' }.properties");
    assertThat(supply)
        .containsEntry("kind", "feature")
        .containsEntry("colour", "RED")
        .containsEntry("colourName", "红")
        .containsEntry("meaning", "临时物资配送点")
        .containsEntry("grid", "330182002001008")
        .containsEntry("gridName", "洋安社区第八网格")
        .containsEntry("hours", "08:00–20:00");
    assertThat(map.getList("features.properties.colour"))
        .contains("RED", "YELLOW", "GREEN", "WHITE");
    assertThat(map.getList("features.findAll { it.properties.kind == 'feature' }.geometry.type"))
        .contains("Point", "Polygon");
    // the community's own testing point has no grid
    assertThat(map.getMap("features.find { it.properties.name == '洋安社区卫生服务站核酸检测点' }.properties"))
        .containsEntry("region", Api.YANGAN)
        .doesNotContainKey("grid");

    // in English on request; as JSON for clients that ask for it
    Response english =
        as(Api.YANGXI_COMMAND)
            .accept("application/json")
            .queryParam("region", Api.YANGAN)
            .queryParam("lang", "en")
            .get("/map");
    english.then().statusCode(200).contentType(startsWith("application/json"));
    assertThat(
            json(english.asString())
                .getString("features.find { it.properties.colour == 'GREEN' }.properties.meaning"))
        .isEqualTo("nucleic-acid testing point");

    // a grid worker sees their grid; nobody else's map is there for outsiders
    JsonPath grid1 = map(Api.YANGAN_GRID, Api.YANGAN_GRID_1);
    assertThat(grid1.getList("features.properties.grid")).containsOnly(Api.YANGAN_GRID_1);
    assertThat(grid1.getList("features.properties.kind")).contains("boundary", "feature");
    as(Api.YANGAN_GRID).accept(GEO_JSON).get("/map").then().statusCode(200);
    as(Api.YANGAN_GRID).queryParam("region", Api.YANGAN).get("/map").then().statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL).queryParam("region", Api.YANGAN).get("/map").then().statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/grids/{grid}/boundary", Api.YANGAN_GRID_1)
        .then()
        .statusCode(404);
    as(Api.SHOUCHANG_CHECKPOINT).get("/map").then().statusCode(403);
    as(Api.YANGXI_COMMAND).queryParam("region", "33018").get("/map").then().statusCode(400);
  }

  @Test
  void theMapIsDrawnAsPngAndSvgWithAChineseLegend() throws Exception {
    Response png = as(Api.YANGXI_COMMAND).queryParam("region", Api.YANGAN).get("/map.png");
    png.then().statusCode(200).contentType("image/png");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.asByteArray()));
    assertThat(image.getWidth()).isEqualTo(1600);
    assertThat(image.getHeight()).isEqualTo(1200);
    Files.createDirectories(Path.of("target", "map"));
    Files.write(Path.of("target", "map", "yangan-it.png"), png.asByteArray());

    Response small = as(Api.YANGAN_GRID).queryParam("width", "800").get("/map.png");
    small.then().statusCode(200).contentType("image/png");
    BufferedImage grid1 = ImageIO.read(new ByteArrayInputStream(small.asByteArray()));
    assertThat(grid1.getWidth()).isEqualTo(800);
    assertThat(grid1.getHeight()).isEqualTo(600);

    Response svg = as(Api.YANGXI_COMMAND).queryParam("region", Api.YANGAN).get("/map.svg");
    svg.then().statusCode(200).contentType(startsWith("image/svg+xml"));
    String document = new String(svg.asByteArray(), StandardCharsets.UTF_8);
    Files.writeString(Path.of("target", "map", "yangan-it.svg"), document);
    assertThat(document)
        .contains("<svg", "洋安社区 四色网格图", "图例")
        .contains("临时物资配送点", "临时卡口", "核酸检测点", "临时管控通道", "网格边界")
        .contains("第一网格", "第十五网格")
        .contains("Noto Sans SC");
    assertThat(
            new String(
                as(Api.YANGXI_COMMAND)
                    .queryParam("region", Api.YANGAN)
                    .queryParam("lang", "en")
                    .get("/map.svg")
                    .asByteArray(),
                StandardCharsets.UTF_8))
        .contains("Legend", "temporary checkpoint");

    as(Api.YANGXI_COMMAND)
        .queryParam("width", "100")
        .get("/map.png")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("width"));
    as(Api.YANGXI_COMMAND)
        .queryParam("width", "wide")
        .get("/map.svg")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("width"));
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("region", Api.YANGAN)
        .get("/map.png")
        .then()
        .statusCode(404);
    as(Api.SHOUCHANG_CHECKPOINT).get("/map.svg").then().statusCode(403);
  }

  @Test
  void theCommandOfficeDrawsABoundaryThatKeepsTheRules() {
    String grid = newGrid("洋安社区边界测试网格");
    // east of grid 5 and 10, across a street from them
    String outline = square(119.2880, 29.4700, 0.0020);
    Response first = drawBoundary(Api.YANGXI_COMMAND, grid, null, outline);
    first.then().statusCode(201).header("ETag", "\"0\"").contentType(startsWith(GEO_JSON));
    JsonPath drawn = json(first.asString());
    assertThat(drawn.getString("type")).isEqualTo("Polygon");
    assertThat(drawn.getList("coordinates[0]")).hasSize(5);

    as(Api.YANGAN_GRID).get("/grids/{grid}/boundary", grid).then().statusCode(404);
    Response read = as(Api.YANGXI_COMMAND).get("/grids/{grid}/boundary", grid);
    read.then().statusCode(200).header("ETag", "\"0\"");
    String stored = read.asString();

    // a redraw needs the version read: none is 428, a stale one 412
    drawBoundary(Api.YANGXI_COMMAND, grid, null, outline).then().statusCode(428);
    drawBoundary(Api.YANGXI_COMMAND, grid, "\"5\"", outline).then().statusCode(412);

    // bad outlines are refused naming the field, and change nothing
    refused(
            grid,
            "\"0\"",
            polygon(119.288, 29.470, 119.290, 29.472, 119.290, 29.470, 119.288, 29.472))
        .body("errors[0].message", matchesPattern(".*自相交.*"));
    refused(grid, "\"0\"", square(29.470, 119.288, 0.002))
        .body("errors[0].message", matchesPattern(".*不在中国境内.*"));
    double[] grid5 = middleOf("330182002001005");
    refused(grid, "\"0\"", square(grid5[0], grid5[1], 0.004))
        .body("errors[0].message", matchesPattern(".*洋安社区第五网格.*"));
    // not GeoJSON of a polygon: named too
    drawBoundary(Api.YANGXI_COMMAND, grid, "\"0\"", point(119.289, 29.471))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("type"));
    drawBoundary(
            Api.YANGXI_COMMAND,
            grid,
            "\"0\"",
            "{\"type\":\"Polygon\",\"coordinates\":[[[119.288,29.47],[119.29,29.47,12],[119.29,29.472],[119.288,29.47]]]}")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("coordinates[0][1]"));
    Response unchanged = as(Api.YANGXI_COMMAND).get("/grids/{grid}/boundary", grid);
    unchanged.then().statusCode(200).header("ETag", "\"0\"");
    assertThat(unchanged.asString()).isEqualTo(stored);

    // sharing its neighbour's edge is fine: the western edge moved onto grid 5's eastern one
    List<List<Number>> grid5Ring =
        json(as(Api.YANGXI_COMMAND)
                .accept(GEO_JSON)
                .get("/grids/{grid}/boundary", "330182002001005")
                .asString())
            .getList("coordinates[0]");
    double[] ne = {Double.NEGATIVE_INFINITY, 0};
    double[] se = {Double.NEGATIVE_INFINITY, 0};
    for (List<Number> p : grid5Ring) {
      double lon = p.get(0).doubleValue();
      double lat = p.get(1).doubleValue();
      if (lon + lat > ne[0] + ne[1]) {
        ne = new double[] {lon, lat};
      }
      if (lon - lat > se[0] - se[1]) {
        se = new double[] {lon, lat};
      }
    }
    Response redrawn =
        as(Api.YANGXI_COMMAND)
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body(polygon(se[0], se[1], se[0] + 0.002, se[1], ne[0] + 0.002, ne[1], ne[0], ne[1]))
            .put("/grids/{grid}/boundary", grid);
    redrawn.then().statusCode(200).header("ETag", "\"1\"");

    // who may not: a grid worker (403); a command office elsewhere (404)
    drawBoundary(Api.YANGAN_GRID, Api.YANGAN_GRID_1, null, outline).then().statusCode(403);
    drawBoundary(Api.SHOUCHANG_COMMAND, grid, "\"1\"", outline).then().statusCode(404);
    // If-Match for a grid without a boundary yet: nothing matches it
    String another = newGrid("洋安社区边界测试网格二");
    drawBoundary(Api.YANGXI_COMMAND, another, "\"0\"", square(119.2950, 29.4700, 0.001))
        .then()
        .statusCode(412);
    as(Api.YANGXI_COMMAND).get("/grids/{grid}/boundary", another).then().statusCode(404);

    as(Api.ADMIN)
        .queryParam("subjectId", grid)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItems("drawn", "redrawn"));
  }

  private static io.restassured.response.ValidatableResponse refused(
      String grid, String ifMatch, String geoJson) {
    return drawBoundary(Api.YANGXI_COMMAND, grid, ifMatch, geoJson)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("coordinates"));
  }

  @Test
  void featuresArePlacedWithinTheirGridMovedAndTakenOff() {
    String grid4 = "330182002001004";
    double[] middle = middleOf(grid4);
    double[] grid5 = middleOf("330182002001005");
    int before = featuresOf(grid4);

    Response placed =
        place(
            Api.YANGXI_COMMAND, feature(grid4, "RED", "第四网格临时物资配送点", point(middle[0], middle[1])));
    placed
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .header("Location", matchesPattern(".*/api/v1/map/features/[0-9a-f-]{36}$"))
        .body("colourName", equalTo("红"))
        .body("meaning", equalTo("临时物资配送点"))
        .body("grid", equalTo(grid4))
        .body("regionName", equalTo("洋安社区第四网格"))
        .body("location.type", equalTo("Point"));
    String id = placed.path("id");
    assertThat(featuresOf(grid4)).isEqualTo(before + 1);

    // bad input, each named, and nothing placed
    placeRefused(feature(grid4, "RED", "越界配送点", point(grid5[0], grid5[1])), "location");
    placeRefused(feature(grid4, "PURPLE", "紫色点", point(middle[0], middle[1])), "colour");
    placeRefused(feature(grid4, "GREEN", "境外点", point(middle[1], middle[0])), "location");
    placeRefused(
        feature(grid4, "GREEN", "采样点", point(middle[0], middle[1]))
            .replace("洋安社区服务中心 0571-6470xxxx", "王书记 13857101234"),
        "contact");
    placeRefused(
        feature(grid4, "GREEN", "采样点", "{\"type\":\"Line\",\"coordinates\":[]}"), "location.type");
    placeRefused(feature(grid4, "GREEN", "\u3000", point(middle[0], middle[1])), "name");
    // a district is no place of the map (the administrator may draw anywhere in the city)
    place(Api.ADMIN, feature("330182", "GREEN", "全市采样点", point(middle[0], middle[1])))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("region"));
    assertThat(featuresOf(grid4)).isEqualTo(before + 1);

    // who may not
    place(Api.YANGAN_GRID, feature(Api.YANGAN_GRID_1, "RED", "配送点", point(middle[0], middle[1])))
        .then()
        .statusCode(403);
    place(Api.SHOUCHANG_COMMAND, feature(grid4, "RED", "配送点", point(middle[0], middle[1])))
        .then()
        .statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL).get("/map/features/{id}", id).then().statusCode(404);

    // moved within the grid, over the version read
    as(Api.YANGAN_GRID).get("/map/features/{id}", id).then().statusCode(404);
    as(Api.YANGXI_COMMAND)
        .get("/map/features/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
    String moved =
        feature(grid4, "RED", "第四网格物资配送点", point(middle[0] + 0.0002, middle[1] + 0.0001));
    change(id, null, moved).then().statusCode(428);
    change(id, "\"3\"", moved).then().statusCode(412);
    change(id, "\"0\"", feature(grid4, "RED", "越界", point(grid5[0], grid5[1])))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("location"));
    change(id, "\"0\"", moved)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("第四网格物资配送点"));
    as(Api.YANGAN_GRID)
        .header("If-Match", "\"1\"")
        .delete("/map/features/{id}", id)
        .then()
        .statusCode(403);
    as(Api.YANGXI_COMMAND)
        .header("If-Match", "\"0\"")
        .delete("/map/features/{id}", id)
        .then()
        .statusCode(412);
    as(Api.YANGXI_COMMAND)
        .header("If-Match", "\"1\"")
        .delete("/map/features/{id}", id)
        .then()
        .statusCode(204);
    as(Api.YANGXI_COMMAND).get("/map/features/{id}", id).then().statusCode(404);
    assertThat(featuresOf(grid4)).isEqualTo(before);
    as(Api.ADMIN)
        .queryParam("subjectId", id)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItems("placed", "changed", "removed"));

    // a feature of the community may be anywhere in China; an area is a polygon
    place(
            Api.YANGXI_COMMAND,
            feature(Api.YANGAN, "WHITE", "滨江路临时管控通道", square(119.2900, 29.4660, 0.0004)))
        .then()
        .statusCode(201)
        .body("location.type", equalTo("Polygon"))
        .body("grid", equalTo(null));
  }

  @Test
  void aBoundaryMayNotLeaveItsGridsFeaturesOutside() {
    String grid = newGrid("洋安社区要素测试网格");
    drawBoundary(Api.YANGXI_COMMAND, grid, null, square(119.2880, 29.4640, 0.0020))
        .then()
        .statusCode(201);
    place(Api.YANGXI_COMMAND, feature(grid, "GREEN", "测试网格采样点", point(119.2895, 29.4655)))
        .then()
        .statusCode(201);
    drawBoundary(Api.YANGXI_COMMAND, grid, "\"0\"", square(119.2880, 29.4640, 0.0010))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("coordinates"))
        .body("errors[0].message", matchesPattern(".*测试网格采样点.*"));
    drawBoundary(Api.YANGXI_COMMAND, grid, "\"0\"", square(119.2884, 29.4644, 0.0015))
        .then()
        .statusCode(200);
  }

  private static int featuresOf(String grid) {
    return map(Api.YANGXI_COMMAND, grid)
        .getList("features.findAll { it.properties.kind == 'feature' }")
        .size();
  }

  private static void placeRefused(String body, String field) {
    place(Api.YANGXI_COMMAND, body).then().statusCode(400).body("errors.field", hasItem(field));
  }

  private static Response change(String id, String ifMatch, String body) {
    var request = as(Api.YANGXI_COMMAND).contentType("application/json").body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/map/features/{id}", id);
  }
}
