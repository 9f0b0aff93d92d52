package org.shaodian.grids.internal.map;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shaodian.grids.api.LonLat;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

/**
 * GeoJSON geometries (RFC 7946) as the API reads and writes them, and as the map's tables store
 * them: a Point or a Polygon, {@code type} and {@code coordinates} and nothing else. Reading checks
 * the JSON's shape and names the member that is wrong ({@code coordinates[0][3]}); the geometry's
 * rules (closed rings, inside China, not self-intersecting) are {@link MapGeometry}'s.
 */
final class GeoJson {

  /**
   * Looked up once: {@code Json.create…} looks the provider up (a ServiceLoader scan) on every
   * call.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final Set<String> MEMBERS = Set.of("type", "coordinates");
  private static final Text POSITION =
      Text.of("须为 [经度, 纬度] 两个数", "must be [longitude, latitude]: two numbers");
  private static final Text ARRAY = Text.of("须为数组", "must be an array");

  private GeoJson() {}

  /**
   * A geometry sent by a client: a Polygon, or (when {@code pointToo}) a Point. {@code at} is where
   * the geometry sits in the request ({@code ""} for the whole body, {@code location} in a form).
   */
  static MapLocation read(JsonObject geometry, String at, boolean pointToo) {
    List<FieldError> errors = new ArrayList<>();
    for (String member : geometry.keySet()) {
      if (!MEMBERS.contains(member)) {
        errors.add(new FieldError(join(at, member), Text.of("不是可接受的字段", "is not a known field")));
      }
    }
    JsonValue type = geometry.get("type");
    String kind = type instanceof JsonString text ? text.getString() : null;
    if (!GeoJsonPolygon.TYPE.equals(kind) && !(pointToo && GeoJsonPoint.TYPE.equals(kind))) {
      errors.add(
          new FieldError(
              join(at, "type"),
              pointToo
                  ? Text.of("须为 Point 或 Polygon", "must be Point or Polygon")
                  : Text.of("须为 Polygon", "must be Polygon")));
    }
    JsonValue coordinates = geometry.get("coordinates");
    String field = join(at, "coordinates");
    if (coordinates == null || coordinates.getValueType() == JsonValue.ValueType.NULL) {
      errors.add(new FieldError(field, Text.of("必填", "is required")));
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    if (GeoJsonPoint.TYPE.equals(kind)) {
      return new MapLocation.Point(position(coordinates, field));
    }
    JsonArray rings = array(coordinates, field);
    List<List<LonLat>> read = new ArrayList<>();
    for (int r = 0; r < rings.size(); r++) {
      String ringField = field + "[" + r + "]";
      JsonArray ring = array(rings.get(r), ringField);
      List<LonLat> positions = new ArrayList<>();
      for (int p = 0; p < ring.size(); p++) {
        positions.add(position(ring.get(p), ringField + "[" + p + "]"));
      }
      read.add(positions);
    }
    return new MapLocation.Area(read);
  }

  private static JsonArray array(JsonValue value, String field) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw Problem.invalid(field, ARRAY);
    }
    return value.asJsonArray();
  }

  private static LonLat position(JsonValue value, String field) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY
        || value.asJsonArray().size() != 2
        || !(value.asJsonArray().get(0) instanceof JsonNumber lon)
        || !(value.asJsonArray().get(1) instanceof JsonNumber lat)) {
      throw Problem.invalid(field, POSITION);
    }
    return new LonLat(lon.doubleValue(), lat.doubleValue());
  }

  /** The geometry as the API writes it. */
  static GeoJsonGeometry of(MapLocation location) {
    if (location instanceof MapLocation.Point point) {
      return new GeoJsonPoint(GeoJsonPoint.TYPE, List.of(point.at().lon(), point.at().lat()));
    }
    return new GeoJsonPolygon(
        GeoJsonPolygon.TYPE,
        ((MapLocation.Area) location)
            .rings().stream()
                .map(ring -> ring.stream().map(p -> List.of(p.lon(), p.lat())).toList())
                .toList());
  }

  /** The text a table stores: {@code {"type":"Polygon","coordinates":[[[119.28,29.47],…]]}}. */
  static String text(MapLocation location) {
    JsonArrayBuilder coordinates = JSON.createArrayBuilder();
    String type;
    if (location instanceof MapLocation.Point point) {
      type = GeoJsonPoint.TYPE;
      coordinates.add(point.at().lon()).add(point.at().lat());
    } else {
      type = GeoJsonPolygon.TYPE;
      for (List<LonLat> ring : ((MapLocation.Area) location).rings()) {
        JsonArrayBuilder positions = JSON.createArrayBuilder();
        ring.forEach(p -> positions.add(JSON.createArrayBuilder().add(p.lon()).add(p.lat())));
        coordinates.add(positions);
      }
    }
    return JSON.createObjectBuilder()
        .add("type", type)
        .add("coordinates", coordinates)
        .build()
        .toString();
  }

  /** A stored geometry, as it was written by {@link #text}. */
  static MapLocation parse(String stored) {
    try (JsonReader reader = JSON.createReader(new StringReader(stored))) {
      return read(reader.readObject(), "", true);
    }
  }

  private static String join(String at, String member) {
    return at.isEmpty() ? member : at + "." + member;
  }
}
