package org.shaodian.grids.internal.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.grids.internal.map.Shapes.both;
import static org.shaodian.grids.internal.map.Shapes.refusal;
import static org.shaodian.grids.internal.map.YanganMap.NOW;
import static org.shaodian.grids.internal.map.YanganMap.grid;

import db.demo.grids.V5__demo_yangan_map;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shaodian.grids.api.LonLat;
import org.shaodian.grids.api.MapColour;
import org.shaodian.grids.api.MapFeatureDetails;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** A grid's boundary: apart from its neighbours', around its features. */
class GridBoundaryTest {

  @Test
  void yangansFifteenGridsShareTheirEdgesAndOverlapNowhere() {
    List<GridBoundary> drawn = YanganMap.boundaries();
    assertThat(drawn).hasSize(15);
    // grid 1 and grid 2 (side by side), grid 1 and grid 6 (one above the other) share an edge
    assertThat(drawn.get(0).outline().intersects(drawn.get(1).outline())).isTrue();
    assertThat(drawn.get(0).outline().intersects(drawn.get(5).outline())).isTrue();
    for (GridBoundary a : drawn) {
      for (GridBoundary b : drawn) {
        if (a != b) {
          assertThat(MapGeometry.overlap(a.outline(), b.outline())).isFalse();
        }
      }
    }
    assertThat(drawn.get(0).community()).isEqualTo(YanganMap.COMMUNITY.code());
    assertThat(drawn.get(0).regionPath()).isEqualTo(grid(1).path());
  }

  @Test
  void anOutlineOverRunningANeighbourIsRefusedNamingIt() {
    List<GridBoundary> drawn = YanganMap.boundaries();
    // a sixteenth grid drawn over the middle of grid 2
    MapLocation.Area overGrid2 =
        (MapLocation.Area)
            Shapes.square(
                ((MapLocation.Point) centre(drawn.get(1))).at().lon(),
                ((MapLocation.Point) centre(drawn.get(1))).at().lat(),
                0.003);
    FieldError error =
        refusal(
            () -> GridBoundary.draw(grid(16), overGrid2, drawn, YanganMap.names(), List.of(), NOW));
    assertThat(error.field()).isEqualTo("coordinates");
    assertThat(both(error.message()))
        .contains("与洋安社区第二网格的边界重叠", "overlaps the boundary of 洋安社区第二网格");

    // east of grid 5, touching its eastern edge only: fine
    List<LonLat> east = drawn.get(4).area().outline();
    LonLat ne =
        east.stream().max((p, q) -> Double.compare(p.lon() + p.lat(), q.lon() + q.lat())).get();
    LonLat se =
        east.stream().max((p, q) -> Double.compare(p.lon() - p.lat(), q.lon() - q.lat())).get();
    MapLocation.Area touching =
        new MapLocation.Area(
            List.of(
                List.of(
                    se,
                    new LonLat(se.lon() + 0.002, se.lat()),
                    new LonLat(ne.lon() + 0.002, ne.lat()),
                    ne,
                    se)));
    GridBoundary sixteenth =
        GridBoundary.draw(grid(16), touching, drawn, YanganMap.names(), List.of(), NOW);
    assertThat(sixteenth.outline().touches(drawn.get(4).outline())).isTrue();
  }

  @Test
  void aGridOfAnotherCommunityMayLieOverIt() {
    List<GridBoundary> drawn = YanganMap.boundaries();
    Region elsewhere =
        new Region(
            RegionCode.of("330182002002001"),
            "新安社区第一网格",
            null,
            RegionLevel.GRID,
            RegionCode.of("330182002002"),
            YanganMap.TOWN.path() + "330182002002/330182002002001/");
    GridBoundary other =
        GridBoundary.draw(
            elsewhere, V5__demo_yangan_map.outline(2), drawn, YanganMap.names(), List.of(), NOW);
    assertThat(other.community()).isEqualTo(RegionCode.of("330182002002"));
  }

  @Test
  void aRedrawThatWouldLeaveAFeatureOutsideIsRefusedAndChangesNothing() {
    List<GridBoundary> drawn = YanganMap.boundaries();
    GridBoundary grid2 = drawn.get(1);
    MapFeature supply =
        MapFeature.place(
            grid(2),
            grid2,
            new MapFeatureDetails(grid(2).code(), MapColour.RED, "配送点", centre(grid2), null, null),
            null,
            NOW);
    MapLocation.Area before = grid2.area();
    // a small square west of the middle of grid 2: the supply point in its middle is outside
    LonLat middle = ((MapLocation.Point) centre(grid2)).at();
    MapLocation.Area smaller = Shapes.square(middle.lon() - 0.0009, middle.lat() - 0.0003, 0.0006);

    FieldError error =
        refusal(() -> grid2.redraw(smaller, drawn, YanganMap.names(), List.of(supply), NOW));
    assertThat(error.field()).isEqualTo("coordinates");
    assertThat(both(error.message())).contains("“配送点”将落在新边界之外");
    assertThat(grid2.area()).isEqualTo(before);

    // without the feature, the same outline is fine (and within the old one: apart from all)
    grid2.redraw(smaller, drawn, YanganMap.names(), List.of(), NOW);
    assertThat(grid2.area()).isNotEqualTo(before);
    assertThat(grid2.covers(supply.shape())).isFalse();
  }

  @Test
  void aBoundaryThatIsNoPolygonIsRefusedBeforeItIsComparedWithItsNeighbours() {
    FieldError error =
        refusal(
            () ->
                GridBoundary.draw(
                    grid(16),
                    Shapes.area(119.28, 29.47, 119.282, 29.472, 119.282, 29.47, 119.28, 29.472),
                    List.of(),
                    YanganMap.names(),
                    List.of(),
                    NOW));
    assertThat(error.field()).isEqualTo("coordinates");
    assertThat(both(error.message())).contains("自相交");
  }

  /** The middle of a boundary (inside it), as a point. */
  static MapLocation centre(GridBoundary boundary) {
    org.locationtech.jts.geom.Point inside = boundary.outline().getInteriorPoint();
    return MapLocation.point(inside.getX(), inside.getY());
  }
}
