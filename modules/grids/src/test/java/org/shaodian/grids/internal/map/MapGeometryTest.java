package org.shaodian.grids.internal.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.grids.internal.map.Shapes.area;
import static org.shaodian.grids.internal.map.Shapes.both;
import static org.shaodian.grids.internal.map.Shapes.refusal;
import static org.shaodian.grids.internal.map.Shapes.ring;
import static org.shaodian.grids.internal.map.Shapes.square;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;
import org.shaodian.grids.api.LonLat;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.kernel.api.problem.FieldError;

/** The rules of the map's geometry: what an outline is, where a location may be, what overlaps. */
class MapGeometryTest {

  @Test
  void anOutlineIsKeptToSevenDecimalsAndCounterClockwiseAsRfc7946Says() {
    // drawn clockwise, with more decimals than a centimetre
    List<LonLat> clockwise =
        ring(119.28, 29.47, 119.28, 29.472123456789, 119.282, 29.472, 119.282, 29.47);
    Polygon outline =
        MapGeometry.checkedArea(new MapLocation.Area(List.of(clockwise)), "coordinates");

    assertThat(Orientation.isCCW(outline.getExteriorRing().getCoordinates())).isTrue();
    assertThat(outline.getCoordinates()).extracting(c -> c.y).contains(29.4721235);
    MapLocation.Area stored = (MapLocation.Area) MapGeometry.location(outline);
    assertThat(stored.outline()).hasSize(5).contains(new LonLat(119.28, 29.4721235));
    // what is stored reads back as the same geometry, and is checked the same again
    assertThat(MapGeometry.geometry(stored).equalsExact(outline)).isTrue();
    assertThat(MapGeometry.checkedArea(stored, "coordinates").equalsExact(outline)).isTrue();
  }

  @Test
  void aSelfIntersectingOutlineIsRefusedWithTheReasonAndWhere() {
    // a bow tie: the second and fourth edges cross at (119.281, 29.471)
    FieldError error =
        refusal(
            () ->
                MapGeometry.checkedArea(
                    area(119.28, 29.47, 119.282, 29.472, 119.282, 29.47, 119.28, 29.472),
                    "coordinates"));
    assertThat(error.field()).isEqualTo("coordinates");
    assertThat(both(error.message())).contains("自相交", "self-intersection", "119.281000, 29.471000");
  }

  @Test
  void holesMustLieInsideTheOutline() {
    MapLocation.Area withHole =
        new MapLocation.Area(
            List.of(
                ring(119.28, 29.47, 119.29, 29.47, 119.29, 29.48, 119.28, 29.48),
                ring(119.283, 29.473, 119.285, 29.473, 119.285, 29.475, 119.283, 29.475)));
    Polygon polygon = MapGeometry.checkedArea(withHole, "coordinates");
    assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
    // holes are stored clockwise
    assertThat(Orientation.isCCW(polygon.getInteriorRingN(0).getCoordinates())).isFalse();

    MapLocation.Area holeOutside =
        new MapLocation.Area(
            List.of(
                ring(119.28, 29.47, 119.29, 29.47, 119.29, 29.48, 119.28, 29.48),
                ring(119.30, 29.473, 119.31, 29.473, 119.31, 29.475, 119.30, 29.475)));
    assertThat(both(refusal(() -> MapGeometry.checkedArea(holeOutside, "coordinates")).message()))
        .contains("洞在外边界之外", "a hole lies outside the outline");
  }

  @Test
  void everyPositionLiesInsideChina() {
    // latitude and longitude swapped: the commonest slip
    FieldError swapped =
        refusal(() -> MapGeometry.checked(MapLocation.point(29.47, 119.28), "location"));
    assertThat(swapped.field()).isEqualTo("location");
    assertThat(both(swapped.message()))
        .contains("不在中国境内", "outside China", "29.470000, 119.280000");

    assertThat(refusal(() -> MapGeometry.checked(MapLocation.point(0, 0), "location")).field())
        .isEqualTo("location");
    // Tokyo, and an outline one corner of which is in Mongolia's north
    assertThat(refusal(() -> MapGeometry.checked(MapLocation.point(139.69, 35.69), "location")))
        .isNotNull();
    assertThat(
            refusal(
                () ->
                    MapGeometry.checkedArea(
                        area(100, 50, 101, 50, 101, 54, 100, 53), "coordinates")))
        .isNotNull();
    // the corners of the box itself are inside
    assertThat(MapGeometry.checked(MapLocation.point(73.5, 18.1), "location")).isNotNull();
    assertThat(MapGeometry.checked(MapLocation.point(135.1, 53.6), "location")).isNotNull();
  }

  @Test
  void ringsAreClosedHaveFourPositionsAndAreNotTooMany() {
    List<LonLat> open = ring(119.28, 29.47, 119.29, 29.47, 119.29, 29.48);
    open.remove(open.size() - 1);
    open.add(new LonLat(119.28, 29.48));
    assertThat(
            both(
                refusal(
                        () ->
                            MapGeometry.checkedArea(
                                new MapLocation.Area(List.of(open)), "coordinates"))
                    .message()))
        .contains("环须闭合", "closed");

    List<LonLat> three =
        List.of(new LonLat(119.28, 29.47), new LonLat(119.29, 29.47), new LonLat(119.28, 29.47));
    assertThat(
            both(
                refusal(
                        () ->
                            MapGeometry.checkedArea(
                                new MapLocation.Area(List.of(three)), "coordinates"))
                    .message()))
        .contains("至少 4 个坐标点");

    assertThat(
            refusal(() -> MapGeometry.checkedArea(new MapLocation.Area(List.of()), "coordinates")))
        .isNotNull();
    List<List<LonLat>> tooManyRings =
        Collections.nCopies(MapGeometry.MAX_RINGS + 1, square(119.28, 29.47, 0.01).outline());
    assertThat(
            refusal(
                () -> MapGeometry.checkedArea(new MapLocation.Area(tooManyRings), "coordinates")))
        .isNotNull();

    // a circle of 2,001 positions
    List<LonLat> circle = new java.util.ArrayList<>();
    for (int i = 0; i < MapGeometry.MAX_POSITIONS; i++) {
      double angle = 2 * Math.PI * i / MapGeometry.MAX_POSITIONS;
      circle.add(new LonLat(119.28 + 0.01 * Math.cos(angle), 29.47 + 0.01 * Math.sin(angle)));
    }
    circle.add(circle.get(0));
    assertThat(
            both(
                refusal(
                        () ->
                            MapGeometry.checkedArea(
                                new MapLocation.Area(List.of(circle)), "coordinates"))
                    .message()))
        .contains("坐标点过多", "at most " + MapGeometry.MAX_POSITIONS);
  }

  @Test
  void areasThatShareAnEdgeOrACornerDoNotOverlapAndThoseThatShareInsideDo() {
    Polygon a = MapGeometry.checkedArea(square(119.28, 29.47, 0.01), "a");
    Polygon east = MapGeometry.checkedArea(square(119.29, 29.47, 0.01), "b");
    Polygon corner = MapGeometry.checkedArea(square(119.29, 29.48, 0.01), "c");
    Polygon across = MapGeometry.checkedArea(square(119.285, 29.475, 0.01), "d");
    Polygon inside = MapGeometry.checkedArea(square(119.282, 29.472, 0.002), "e");
    Polygon far = MapGeometry.checkedArea(square(119.40, 29.47, 0.01), "f");

    assertThat(MapGeometry.overlap(a, east)).as("a shared edge").isFalse();
    assertThat(MapGeometry.overlap(a, corner)).as("a shared corner").isFalse();
    assertThat(MapGeometry.overlap(a, far)).isFalse();
    assertThat(MapGeometry.overlap(a, across)).isTrue();
    assertThat(MapGeometry.overlap(a, inside)).as("one within the other").isTrue();
    assertThat(MapGeometry.overlap(inside, a)).isTrue();
  }
}
