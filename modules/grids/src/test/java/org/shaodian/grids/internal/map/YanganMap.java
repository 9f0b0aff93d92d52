package org.shaodian.grids.internal.map;

import db.demo.grids.V5__demo_yangan_map;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shaodian.grids.api.MapFeatureDetails;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/**
 * Yang'an's map for the tests, built through the entities from the demo data (V2): so building it
 * checks that the demo keeps the map's rules.
 */
final class YanganMap {

  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

  static final String[] NUMERALS = {
    "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六"
  };

  static final Region TOWN =
      new Region(
          RegionCode.of("330182002000"),
          "洋溪街道",
          "Yangxi",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182002000/");

  static final Region COMMUNITY =
      new Region(
          RegionCode.of("330182002001"),
          "洋安社区",
          "Yang'an Community",
          RegionLevel.VILLAGE,
          TOWN.code(),
          TOWN.path() + "330182002001/");

  private YanganMap() {}

  static Region grid(int n) {
    String code = COMMUNITY.code().value() + String.format("%03d", n);
    return new Region(
        RegionCode.of(code),
        "洋安社区第" + NUMERALS[n] + "网格",
        "Yang'an Grid " + n,
        RegionLevel.GRID,
        COMMUNITY.code(),
        COMMUNITY.path() + code + "/");
  }

  /** The fifteen boundaries, each drawn against those drawn before it. */
  static List<GridBoundary> boundaries() {
    List<GridBoundary> drawn = new ArrayList<>();
    for (int n = 1; n <= 15; n++) {
      drawn.add(
          GridBoundary.draw(
              grid(n), V5__demo_yangan_map.outline(n), drawn, names(), List.of(), NOW));
    }
    return drawn;
  }

  /** The demo's features, each placed within its grid's boundary. */
  static List<MapFeature> features(List<GridBoundary> boundaries) {
    List<MapFeature> features = new ArrayList<>();
    for (V5__demo_yangan_map.Feature f : V5__demo_yangan_map.features()) {
      Region region = f.grid() == 0 ? COMMUNITY : grid(f.grid());
      GridBoundary boundary = f.grid() == 0 ? null : boundaries.get(f.grid() - 1);
      features.add(
          MapFeature.place(
              region,
              boundary,
              new MapFeatureDetails(
                  region.code(), f.colour(), f.name(), f.location(), f.hours(), f.contact()),
              null,
              NOW));
    }
    return features;
  }

  static Map<RegionCode, String> names() {
    Map<RegionCode, String> names = new HashMap<>();
    for (int n = 1; n <= 15; n++) {
      names.put(grid(n).code(), grid(n).name());
    }
    return names;
  }

  static Map<RegionCode, Region> places() {
    Map<RegionCode, Region> places = new HashMap<>();
    places.put(TOWN.code(), TOWN);
    places.put(COMMUNITY.code(), COMMUNITY);
    for (int n = 1; n <= 15; n++) {
      places.put(grid(n).code(), grid(n));
    }
    return places;
  }

  /** The whole demo map, as the town's command office reads it. */
  static MapContent content() {
    List<GridBoundary> boundaries = boundaries();
    return new MapContent(TOWN, boundaries, features(boundaries), places(), NOW);
  }
}
