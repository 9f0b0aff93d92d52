package org.shaodian.grids.internal.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.shaodian.grids.api.LonLat;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * The rules of the map's geometry, with JTS: where a location may be and what makes an outline an
 * outline. A location that breaks one is a 400 naming the field it came in.
 *
 * <ul>
 *   <li>coordinates are WGS-84 longitude and latitude, kept to 7 decimals (about a centimetre):
 *       what is checked is what is stored;
 *   <li>everything lies inside China ({@link #CHINA});
 *   <li>an area is a valid polygon (JTS {@link IsValidOp}: closed rings of at least four positions,
 *       no self-intersection, holes inside the outline …) with an area; its outline is stored
 *       counter-clockwise and its holes clockwise, as RFC 7946 has them;
 *   <li>at most {@link #MAX_RINGS} rings and {@link #MAX_POSITIONS} positions: a compound's outline
 *       needs a few dozen.
 * </ul>
 */
final class MapGeometry {

  static final int MAX_RINGS = 20;
  static final int MAX_POSITIONS = 2000;

  /** 7 decimals of a degree. */
  static final PrecisionModel PRECISION = new PrecisionModel(10_000_000d);

  static final GeometryFactory FACTORY = new GeometryFactory(PRECISION, 4326);

  /**
   * China, coarsely: the bounding box of the mainland and Hainan, 73.5–135.1 E and 18.1–53.6 N. It
   * is no border (it takes in parts of neighbouring countries and leaves out the islands of the
   * South China Sea): it catches what a typing slip gives — latitude and longitude swapped, a
   * missing digit, 0,0 — and a deployment further south would widen it. The map's places are
   * compounds and villages, which it holds.
   */
  static final Envelope CHINA = new Envelope(73.5, 135.1, 18.1, 53.6);

  private MapGeometry() {}

  /**
   * A location that keeps the rules, as a JTS geometry (rounded, an area oriented as RFC 7946
   * says); a 400 naming {@code field} otherwise.
   */
  static Geometry checked(MapLocation location, String field) {
    if (location instanceof MapLocation.Point point) {
      Coordinate at = inChina(point.at(), field);
      return FACTORY.createPoint(at);
    }
    return checkedArea((MapLocation.Area) location, field);
  }

  /** An area (a grid's outline, a supply yard) that keeps the rules; a 400 otherwise. */
  static Polygon checkedArea(MapLocation.Area area, String field) {
    List<List<LonLat>> rings = area.rings();
    if (rings.isEmpty() || rings.size() > MAX_RINGS) {
      throw Problem.invalid(
          field,
          Text.of(
              "须有 1 至 " + MAX_RINGS + " 个环(外边界及其中的洞)",
              "needs 1 to " + MAX_RINGS + " rings (the outline and its holes)"));
    }
    if (rings.stream().mapToInt(List::size).sum() > MAX_POSITIONS) {
      throw Problem.invalid(
          field,
          Text.of(
              "坐标点过多(最多 " + MAX_POSITIONS + " 个)",
              "too many positions (at most " + MAX_POSITIONS + ")"));
    }
    List<LinearRing> shapes = new ArrayList<>();
    for (List<LonLat> ring : rings) {
      if (ring.size() < 4) {
        throw Problem.invalid(
            field, Text.of("每个环至少 4 个坐标点(首尾相同)", "each ring needs at least 4 positions (closed)"));
      }
      if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
        throw Problem.invalid(
            field,
            Text.of(
                "环须闭合:最后一个坐标点与第一个相同",
                "each ring must be closed: its last position repeats the first"));
      }
      Coordinate[] coordinates = new Coordinate[ring.size()];
      for (int i = 0; i < coordinates.length; i++) {
        coordinates[i] = inChina(ring.get(i), field);
      }
      boolean outline = shapes.isEmpty();
      if (Orientation.isCCW(coordinates) != outline) {
        CoordinateArrays.reverse(coordinates);
      }
      shapes.add(FACTORY.createLinearRing(coordinates));
    }
    Polygon polygon =
        FACTORY.createPolygon(
            shapes.get(0), shapes.subList(1, shapes.size()).toArray(new LinearRing[0]));
    TopologyValidationError error = new IsValidOp(polygon).getValidationError();
    if (error != null) {
      throw Problem.invalid(field, invalidity(error));
    }
    if (polygon.getArea() <= 0) {
      throw Problem.invalid(field, Text.of("面积为零", "has no area"));
    }
    return polygon;
  }

  /** A stored location (checked when it was stored), as a JTS geometry. */
  static Geometry geometry(MapLocation location) {
    if (location instanceof MapLocation.Point point) {
      return FACTORY.createPoint(new Coordinate(point.at().lon(), point.at().lat()));
    }
    List<List<LonLat>> rings = ((MapLocation.Area) location).rings();
    List<LinearRing> shapes =
        rings.stream()
            .map(
                ring ->
                    FACTORY.createLinearRing(
                        ring.stream()
                            .map(p -> new Coordinate(p.lon(), p.lat()))
                            .toArray(Coordinate[]::new)))
            .toList();
    return FACTORY.createPolygon(
        shapes.get(0), shapes.subList(1, shapes.size()).toArray(new LinearRing[0]));
  }

  /** A geometry made by {@link #checked}, as the api and the tables hold it. */
  static MapLocation location(Geometry geometry) {
    if (geometry instanceof Point point) {
      return new MapLocation.Point(new LonLat(point.getX(), point.getY()));
    }
    Polygon polygon = (Polygon) geometry;
    List<List<LonLat>> rings = new ArrayList<>();
    rings.add(positions(polygon.getExteriorRing()));
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      rings.add(positions(polygon.getInteriorRingN(i)));
    }
    return new MapLocation.Area(rings);
  }

  /**
   * Whether two areas share some of their inside (an area, not only an edge or a corner: grids that
   * touch along a street do not overlap). The DE-9IM pattern {@code 2********}: the intersection of
   * the interiors is two-dimensional.
   */
  static boolean overlap(Geometry a, Geometry b) {
    return a.getEnvelopeInternal().intersects(b.getEnvelopeInternal()) && a.relate(b, "2********");
  }

  /** A position as people read it: 119.285300, 29.471200. */
  static String format(Coordinate at) {
    return String.format(Locale.ROOT, "%.6f, %.6f", at.x, at.y);
  }

  private static List<LonLat> positions(LinearRing ring) {
    List<LonLat> positions = new ArrayList<>();
    for (Coordinate c : ring.getCoordinates()) {
      positions.add(new LonLat(c.x, c.y));
    }
    return positions;
  }

  private static Coordinate inChina(LonLat position, String field) {
    Coordinate at =
        new Coordinate(
            PRECISION.makePrecise(position.lon()), PRECISION.makePrecise(position.lat()));
    if (!Double.isFinite(at.x) || !Double.isFinite(at.y) || !CHINA.contains(at)) {
      throw Problem.invalid(
          field,
          Text.of(
              "坐标 (" + format(at) + ") 不在中国境内(经度 73.5–135.1,纬度 18.1–53.6;顺序为经度在前)",
              "("
                  + format(at)
                  + ") is outside China (longitude 73.5–135.1 E, latitude 18.1–53.6 N;"
                  + " longitude comes first)"));
    }
    return at;
  }

  /** What JTS found wrong with a polygon, in words, with where. */
  private static Text invalidity(TopologyValidationError error) {
    Text what =
        switch (error.getErrorType()) {
          case TopologyValidationError.SELF_INTERSECTION -> Text.of("边界自相交", "self-intersection");
          case TopologyValidationError.RING_SELF_INTERSECTION ->
              Text.of("环自相交", "ring self-intersection");
          case TopologyValidationError.HOLE_OUTSIDE_SHELL ->
              Text.of("洞在外边界之外", "a hole lies outside the outline");
          case TopologyValidationError.NESTED_HOLES -> Text.of("洞相互嵌套", "holes lie inside holes");
          case TopologyValidationError.DISCONNECTED_INTERIOR ->
              Text.of("洞把区域分成了几块", "the holes cut the area apart");
          case TopologyValidationError.DUPLICATE_RINGS -> Text.of("环重复", "a ring is repeated");
          case TopologyValidationError.TOO_FEW_POINTS ->
              Text.of("不同的坐标点太少", "too few distinct positions");
          default -> Text.of("不是有效的多边形", "not a valid polygon (" + error.getMessage() + ")");
        };
    Coordinate at = error.getCoordinate();
    if (at == null) {
      return Text.of("不是有效的多边形:" + what.zh(), "not a valid polygon: " + what.en());
    }
    return Text.of(
        "不是有效的多边形:" + what.zh() + ",位于 (" + format(at) + ") 附近",
        "not a valid polygon: " + what.en() + " near (" + format(at) + ")");
  }
}
