package org.shaodian.grids.internal.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.shaodian.grids.internal.map.Shapes.both;
import static org.shaodian.grids.internal.map.Shapes.refusal;
import static org.shaodian.grids.internal.map.YanganMap.NOW;
import static org.shaodian.grids.internal.map.YanganMap.grid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.shaodian.grids.api.MapColour;
import org.shaodian.grids.api.MapFeatureDetails;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.grids.api.MapReference;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** A feature of the map: where it may be, what it may say, and who changes it. */
class MapFeatureTest {

  final List<GridBoundary> boundaries = YanganMap.boundaries();
  final GridBoundary grid3 = boundaries.get(2);

  static MapFeatureDetails details(Region region, MapLocation location) {
    return new MapFeatureDetails(
        region.code(),
        MapColour.GREEN,
        "社区服务中心核酸采样点",
        location,
        "07:00–19:00",
        "洋安社区服务中心 0571-6470xxxx");
  }

  MapFeature place(Region region, GridBoundary boundary, MapFeatureDetails details) {
    return MapFeature.place(region, boundary, details, null, NOW);
  }

  @Test
  void aFeatureOfAGridLiesWithinItsBoundaryOnTheEdgeIncluded() {
    MapFeature inside = place(grid(3), grid3, details(grid(3), GridBoundaryTest.centre(grid3)));
    assertThat(inside.grid()).isEqualTo(grid(3).code());
    assertThat(inside.regionPath()).isEqualTo(grid(3).path());
    assertThat(inside.colour()).isEqualTo(MapColour.GREEN);

    Coordinate corner = grid3.outline().getCoordinates()[0];
    assertThat(place(grid(3), grid3, details(grid(3), MapLocation.point(corner.x, corner.y))))
        .isNotNull();

    // the middle of grid 2 is no place for a feature of grid 3
    MapLocation inGrid2 = GridBoundaryTest.centre(boundaries.get(1));
    assertThat(refusal(() -> place(grid(3), grid3, details(grid(3), inGrid2))))
        .satisfies(e -> assertThat(e.field()).isEqualTo("location"))
        .satisfies(e -> assertThat(both(e.message())).contains("不在所属网格的边界内"));

    // an area reaching out of the grid neither
    Coordinate inside3 = grid3.outline().getInteriorPoint().getCoordinate();
    MapLocation.Area reachingOut = Shapes.square(inside3.x, inside3.y, 0.005);
    assertThat(refusal(() -> place(grid(3), grid3, details(grid(3), reachingOut))).field())
        .isEqualTo("location");
    MapLocation.Area within = Shapes.square(inside3.x, inside3.y, 0.0002);
    assertThat(place(grid(3), grid3, details(grid(3), within)).shape().getArea()).isPositive();
  }

  @Test
  void aGridWithoutBoundaryACommunityOrATownTakeAnyPlaceInChina() {
    MapLocation far = MapLocation.point(119.9, 29.9);
    assertThat(place(grid(16), null, details(grid(16), far)).grid()).isEqualTo(grid(16).code());
    MapFeature ofCommunity = place(YanganMap.COMMUNITY, null, details(YanganMap.COMMUNITY, far));
    assertThat(ofCommunity.grid()).isNull();
    assertThat(ofCommunity.region()).isEqualTo(YanganMap.COMMUNITY.code());
    assertThat(place(YanganMap.TOWN, null, details(YanganMap.TOWN, far)).grid()).isNull();

    assertThat(
            refusal(() -> place(grid(16), null, details(grid(16), MapLocation.point(29.9, 119.9))))
                .field())
        .isEqualTo("location");
    Region district =
        new Region(
            RegionCode.of("330182"),
            "建德市",
            "Jiande",
            RegionLevel.DISTRICT,
            RegionCode.of("330100"),
            "/330100/330182/");
    assertThat(refusal(() -> place(district, null, details(district, far))).field())
        .isEqualTo("region");
  }

  @Test
  void theContactIsAnOfficeNeverAPersonsMobile() {
    MapLocation at = GridBoundaryTest.centre(grid3);
    for (String mobile :
        List.of("王书记 13857101234", "138 5710 1234", "+86 138-5710-1234", "联系 8613857101234")) {
      MapFeatureDetails details =
          new MapFeatureDetails(grid(3).code(), MapColour.RED, "配送点", at, null, mobile);
      assertThat(refusal(() -> place(grid(3), grid3, details)))
          .as(mobile)
          .satisfies(e -> assertThat(e.field()).isEqualTo("contact"))
          .satisfies(e -> assertThat(both(e.message())).contains("不填个人手机号"));
    }
    for (String office :
        List.of("洋安社区服务中心 0571-6470xxxx", "0571-64701234", "社区服务中心 64701234 转 8")) {
      MapFeatureDetails details =
          new MapFeatureDetails(grid(3).code(), MapColour.RED, "配送点", at, null, office);
      assertThat(place(grid(3), grid3, details).contact()).isEqualTo(office);
    }
  }

  @Test
  void namesAndTextsKeepTheKernelsRules() {
    MapLocation at = GridBoundaryTest.centre(grid3);
    assertThat(
            refusal(
                    () ->
                        place(
                            grid(3),
                            grid3,
                            new MapFeatureDetails(
                                grid(3).code(), MapColour.RED, "\u3000", at, null, null)))
                .field())
        .isEqualTo("name");
    assertThat(
            refusal(
                    () ->
                        place(
                            grid(3),
                            grid3,
                            new MapFeatureDetails(
                                grid(3).code(), MapColour.RED, "配送点", at, "长".repeat(101), null)))
                .field())
        .isEqualTo("hours");
    assertThat(
            refusal(
                    () ->
                        place(
                            grid(3),
                            grid3,
                            new MapFeatureDetails(
                                grid(3).code(), MapColour.RED, "配送点", at, null, "服务中心\u202E1234")))
                .field())
        .isEqualTo("contact");
    // blank opening hours and contact are none; names are stripped
    MapFeature plain =
        place(
            grid(3),
            grid3,
            new MapFeatureDetails(grid(3).code(), MapColour.WHITE, " 管控通道 ", at, " ", ""));
    assertThat(plain.name()).isEqualTo("管控通道");
    assertThat(plain.hours()).isNull();
    assertThat(plain.contact()).isNull();
  }

  @Test
  void aChangeSaysWhatChangedAndKeepsTheRules() {
    MapFeature feature = place(grid(3), grid3, details(grid(3), GridBoundaryTest.centre(grid3)));
    Coordinate corner = grid3.outline().getCoordinates()[1];
    MapFeatureDetails moved =
        new MapFeatureDetails(
            grid(3).code(),
            MapColour.GREEN,
            "服务中心核酸采样点",
            MapLocation.point(corner.x, corner.y),
            "07:00–19:00",
            "洋安社区服务中心 0571-6470xxxx");
    assertThat(feature.change(grid(3), grid3, moved, NOW)).containsExactly("location", "name");

    MapFeatureDetails outside =
        new MapFeatureDetails(
            grid(3).code(),
            MapColour.YELLOW,
            "卡口",
            GridBoundaryTest.centre(boundaries.get(0)),
            null,
            null);
    assertThat(refusal(() -> feature.change(grid(3), grid3, outside, NOW)).field())
        .isEqualTo("location");
    assertThat(feature.colour()).as("unchanged").isEqualTo(MapColour.GREEN);
    assertThat(feature.name()).isEqualTo("服务中心核酸采样点");
  }

  @Test
  void aFeatureAnotherModuleKeepsIsChangedThereOnly() {
    MapReference checkpoint = MapReference.of("checkpoints", "6f1c2a9e-checkpoint-x");
    MapFeature yellow =
        MapFeature.place(
            grid(3),
            grid3,
            new MapFeatureDetails(
                grid(3).code(),
                MapColour.YELLOW,
                "北门卡口",
                GridBoundaryTest.centre(grid3),
                "24小时",
                null),
            checkpoint,
            NOW);
    assertThat(yellow.reference()).isEqualTo(checkpoint);
    Problem refused = catchThrowableOfType(Problem.class, yellow::requireDrawnOnTheMap);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(both(refused.detail())).contains("checkpoints", "6f1c2a9e-checkpoint-x");

    MapFeature drawn = place(grid(3), grid3, details(grid(3), GridBoundaryTest.centre(grid3)));
    assertThat(drawn.reference()).isNull();
    drawn.requireDrawnOnTheMap();
  }
}
