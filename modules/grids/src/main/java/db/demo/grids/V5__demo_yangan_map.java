package db.demo.grids;

import db.demo.rosters.V3__demo_yangan_people;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.grids.api.LonLat;
import org.shaodian.grids.api.MapColour;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.grids.internal.map.StoredLocation;

/**
 * Yang'an community's four-colour map: its 15 compound grids as five columns and three rows of
 * slightly irregular quadrilaterals by the Xin'an river in Jiande's Yangxi sub-district (around
 * 119.28 E, 29.47 N; grid 1 in the north-west, grid 15 in the south-east), neighbours sharing their
 * edges; and the features the command office marked: supply points (red), checkpoints at the
 * compound gates (yellow), testing points (green), restricted passages (white), each within its
 * grid — one testing point belongs to the community as a whole. Geometry is stored as the entities
 * store it ({@link StoredLocation}); the grids module's tests check that the outlines keep the
 * map's rules (valid, apart) and that every feature lies within its grid.
 */
public class V5__demo_yangan_map extends BaseJavaMigration {

  static final String COMMUNITY = "330182002001";
  static final String COMMUNITY_PATH = "/330100/330182/330182002000/330182002001/";

  /** The south-west corner of the lattice the grids are cut from. */
  private static final double WEST = 119.2740;

  private static final double SOUTH = 29.4650;

  /** Column and row lines, in degrees from the corner: grids of about 250 m by 250 m. */
  private static final double[] COLUMNS = {0, 0.0026, 0.0050, 0.0077, 0.0101, 0.0128};

  private static final double[] ROWS = {0, 0.0023, 0.0044, 0.0068};

  /** A feature of the demo map. */
  public record Feature(
      String key,
      int grid,
      MapColour colour,
      String name,
      MapLocation location,
      String hours,
      String contact) {

    /** The community's own features have grid 0. */
    public String region() {
      return grid == 0 ? COMMUNITY : V3__demo_yangan_people.gridCode(grid);
    }

    public String regionPath() {
      return grid == 0 ? COMMUNITY_PATH : V3__demo_yangan_people.gridPath(grid);
    }
  }

  /**
   * A corner of the lattice, moved a little (the same for every grid that shares it): column 0–5
   * from the west, row 0–3 from the south.
   */
  static LonLat corner(int column, int row) {
    double lon = WEST + COLUMNS[column];
    double lat = SOUTH + ROWS[row];
    boolean inner = column > 0 && column < COLUMNS.length - 1 && row > 0 && row < ROWS.length - 1;
    // a fixed, small wobble: irregular quadrilaterals, never folded (at most 0.0003° of ~0.0024°)
    double wobble = inner ? 0.0003 : 0.00015;
    lon += wobble * Math.sin(column * 2.1 + row * 1.3);
    lat += wobble * Math.cos(column * 1.7 + row * 2.9);
    return new LonLat(round(lon), round(lat));
  }

  /** Grid n (1–15): five per row, rows from the north. */
  public static MapLocation.Area outline(int grid) {
    int column = (grid - 1) % 5;
    int row = 2 - (grid - 1) / 5;
    LonLat sw = corner(column, row);
    return new MapLocation.Area(
        List.of(
            List.of(
                sw,
                corner(column + 1, row),
                corner(column + 1, row + 1),
                corner(column, row + 1),
                sw)));
  }

  /** A point in grid n, at fractions (0–1) of its cell from the west and from the south. */
  static MapLocation at(int grid, double east, double north) {
    int column = (grid - 1) % 5;
    int row = 2 - (grid - 1) / 5;
    double lon = WEST + COLUMNS[column] + (COLUMNS[column + 1] - COLUMNS[column]) * east;
    double lat = SOUTH + ROWS[row] + (ROWS[row + 1] - ROWS[row]) * north;
    return MapLocation.point(round(lon), round(lat));
  }

  /** A small rectangle in grid n, from (east, north) fractions, w by h fractions of the cell. */
  static MapLocation area(int grid, double east, double north, double w, double h) {
    LonLat a = ((MapLocation.Point) at(grid, east, north)).at();
    LonLat c = ((MapLocation.Point) at(grid, east + w, north + h)).at();
    LonLat b = new LonLat(c.lon(), a.lat());
    LonLat d = new LonLat(a.lon(), c.lat());
    return MapLocation.area(List.of(a, b, c, d, a));
  }

  private static final String SERVICE_CENTRE = "洋安社区服务中心 0571-6470xxxx";
  private static final String COMMAND = "洋溪街道疫情防控指挥部 0571-6471xxxx";

  /** The features the command office marked on the demo map. */
  public static List<Feature> features() {
    List<Feature> features = new ArrayList<>();
    features.add(
        new Feature(
            "supply-2",
            2,
            MapColour.RED,
            "第二网格物资配送点",
            at(2, 0.45, 0.55),
            "08:00–18:00",
            SERVICE_CENTRE));
    features.add(
        new Feature(
            "supply-8",
            8,
            MapColour.RED,
            "综合楼临时物资配送点",
            at(8, 0.5, 0.4),
            "08:00–20:00",
            SERVICE_CENTRE));
    features.add(
        new Feature(
            "supply-yard-14",
            14,
            MapColour.RED,
            "农贸市场保供集散点",
            area(14, 0.25, 0.3, 0.45, 0.35),
            "06:00–12:00",
            "洋溪街道保供专班 0571-6472xxxx"));
    features.add(
        new Feature(
            "checkpoint-1", 1, MapColour.YELLOW, "洋安小区北门临时卡口", at(1, 0.12, 0.9), "24小时", COMMAND));
    features.add(
        new Feature(
            "checkpoint-5", 5, MapColour.YELLOW, "滨江路临时卡口", at(5, 0.9, 0.5), "24小时", COMMAND));
    features.add(
        new Feature(
            "checkpoint-13",
            13,
            MapColour.YELLOW,
            "洋安小区南门临时卡口",
            at(13, 0.5, 0.1),
            "24小时",
            COMMAND));
    features.add(
        new Feature(
            "testing-3",
            3,
            MapColour.GREEN,
            "社区服务中心核酸采样点",
            at(3, 0.4, 0.45),
            "07:00–19:00",
            SERVICE_CENTRE));
    features.add(
        new Feature(
            "testing-12",
            12,
            MapColour.GREEN,
            "文化广场核酸采样点",
            at(12, 0.6, 0.6),
            "07:00–11:00,14:00–17:00",
            SERVICE_CENTRE));
    features.add(
        new Feature(
            "testing-community",
            0,
            MapColour.GREEN,
            "洋安社区卫生服务站核酸检测点",
            at(9, 0.3, 0.3),
            "08:00–17:00",
            "洋安社区卫生服务站 0571-6473xxxx"));
    features.add(
        new Feature(
            "passage-7",
            7,
            MapColour.WHITE,
            "20幢东侧临时管控通道",
            area(7, 0.1, 0.45, 0.8, 0.12),
            "06:00–22:00",
            COMMAND));
    features.add(
        new Feature(
            "passage-10",
            10,
            MapColour.WHITE,
            "菜市场临时管控通道",
            at(10, 0.35, 0.7),
            "06:00–10:00",
            COMMAND));
    return features;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    OffsetDateTime stamp = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement sheet =
        db.prepareStatement(
            "insert into grids_map_sheet (community_code, region_path, changed_at)"
                + " values (?, ?, ?)")) {
      sheet.setString(1, COMMUNITY);
      sheet.setString(2, COMMUNITY_PATH);
      sheet.setObject(3, stamp);
      sheet.executeUpdate();
    }
    try (PreparedStatement boundary =
        db.prepareStatement(
            "insert into grids_boundary (grid_code, community_code, region_path, geometry,"
                + " min_lon, min_lat, max_lon, max_lat, version, drawn_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
      for (int grid = 1; grid <= 15; grid++) {
        StoredLocation stored = StoredLocation.of(outline(grid), "coordinates");
        boundary.setString(1, V3__demo_yangan_people.gridCode(grid));
        boundary.setString(2, COMMUNITY);
        boundary.setString(3, V3__demo_yangan_people.gridPath(grid));
        box(boundary, 4, stored);
        boundary.setObject(9, stamp);
        boundary.addBatch();
      }
      boundary.executeBatch();
    }
    try (PreparedStatement feature =
        db.prepareStatement(
            "insert into grids_map_feature (id, region_code, grid_code, region_path, colour,"
                + " name, geometry, min_lon, min_lat, max_lon, max_lat, hours, contact, version,"
                + " created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
      for (Feature f : features()) {
        StoredLocation stored = StoredLocation.of(f.location(), "location");
        feature.setObject(1, id(f.key()));
        feature.setString(2, f.region());
        feature.setString(3, f.grid() == 0 ? null : f.region());
        feature.setString(4, f.regionPath());
        feature.setString(5, f.colour().name());
        feature.setString(6, f.name());
        box(feature, 7, stored);
        feature.setString(12, f.hours());
        feature.setString(13, f.contact());
        feature.setObject(14, stamp);
        feature.setObject(15, stamp);
        feature.addBatch();
      }
      feature.executeBatch();
    }
  }

  /** The GeoJSON and the box, from parameter {@code first} on. */
  private static void box(PreparedStatement insert, int first, StoredLocation stored)
      throws java.sql.SQLException {
    insert.setString(first, stored.geoJson());
    insert.setDouble(first + 1, stored.box().getMinX());
    insert.setDouble(first + 2, stored.box().getMinY());
    insert.setDouble(first + 3, stored.box().getMaxX());
    insert.setDouble(first + 4, stored.box().getMaxY());
  }

  /** The demo feature's id, the same on every installation. */
  public static UUID id(String key) {
    return UUID.nameUUIDFromBytes(
        ("shaodian-demo/map-feature/" + key).getBytes(StandardCharsets.UTF_8));
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
