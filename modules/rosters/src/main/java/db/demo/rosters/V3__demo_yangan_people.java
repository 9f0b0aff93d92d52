package db.demo.rosters;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.kernel.api.text.NameOrder;

/**
 * The people who serve Yang'an community's 15 compound grids (洋安社区, Yangxi sub-district), for the
 * grids demo to appoint: per grid a leader, a deputy, a grid worker (grids 1 and 2 have theirs in
 * V1 already), a branch secretary, a social worker, three building heads and six corridor heads;
 * shared by five grids each, a liaison-department cadre, a street cadre, a community doctor and an
 * area police officer. Ids are derived from names ({@link #id}) so that the grids demo can refer to
 * them.
 */
public class V3__demo_yangan_people extends BaseJavaMigration {

  static final String COMMUNITY = "330182002001";
  static final String COMMUNITY_PATH = "/330100/330182/330182002000/330182002001/";

  /** One person per grid in each of these, by slot name, with their affiliation. */
  static final String[][] PER_GRID = {
    {"leader", "VILLAGE_CADRE"},
    {"deputy", "VILLAGE_CADRE"},
    {"worker", "GRID_WORKER"},
    {"secretary", "VILLAGE_CADRE"},
    {"social", "OTHER"},
    {"building-1", "VOLUNTEER"},
    {"building-2", "VOLUNTEER"},
    {"building-3", "VOLUNTEER"},
    {"corridor-1-1", "VOLUNTEER"},
    {"corridor-1-2", "VOLUNTEER"},
    {"corridor-2-1", "VOLUNTEER"},
    {"corridor-2-2", "VOLUNTEER"},
    {"corridor-3-1", "VOLUNTEER"},
    {"corridor-3-2", "VOLUNTEER"}
  };

  /** Shared by grids 1-5, 6-10 and 11-15. */
  static final String[][] SHARED = {
    {"liaison", "TOWN_CADRE"},
    {"street", "TOWN_CADRE"},
    {"doctor", "COMMUNITY_DOCTOR"},
    {"police", "POLICE"}
  };

  private static final String[] SURNAMES = "王李张刘陈杨黄吴周徐朱胡何叶方汪洪邵姜章余程应".split("");
  private static final String[] GIVEN = "建国华明丽英伟芳军平红梅海燕志强春秀兰文德新民晓东永".split("");

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    OffsetDateTime stamp = OffsetDateTime.now(ZoneOffset.UTC);
    Random random = new Random(20221201L);
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into rosters_person (id, name, name_key, phone, affiliation, party_member,"
                + " home_region, region_path, active, version, registered_at, updated_at)"
                + " values (?, ?, ?, null, ?, ?, ?, ?, true, 0, ?, ?)")) {
      for (int grid = 1; grid <= 15; grid++) {
        String code = gridCode(grid);
        for (String[] slot : PER_GRID) {
          if (grid <= 2 && slot[0].equals("worker")) {
            continue; // 周建华 and 许丹, in V1
          }
          add(insert, id(grid, slot[0]), name(random), slot[1], code, gridPath(grid), stamp);
        }
      }
      for (int group = 0; group < 3; group++) {
        for (String[] role : SHARED) {
          add(
              insert,
              shared(role[0], group),
              name(random),
              role[1],
              COMMUNITY,
              COMMUNITY_PATH,
              stamp);
        }
      }
      insert.executeBatch();
    }
  }

  private static void add(
      PreparedStatement insert,
      UUID id,
      String name,
      String affiliation,
      String region,
      String path,
      OffsetDateTime stamp)
      throws java.sql.SQLException {
    insert.setObject(1, id);
    insert.setString(2, name);
    insert.setBytes(3, NameOrder.key(name));
    insert.setString(4, affiliation);
    insert.setBoolean(5, !affiliation.equals("OTHER"));
    insert.setString(6, region);
    insert.setString(7, path);
    insert.setObject(8, stamp);
    insert.setObject(9, stamp);
    insert.addBatch();
  }

  private static String name(Random random) {
    return SURNAMES[random.nextInt(SURNAMES.length)]
        + GIVEN[random.nextInt(GIVEN.length)]
        + (random.nextInt(3) > 0 ? GIVEN[random.nextInt(GIVEN.length)] : "");
  }

  /** Grid {@code n} (1-15) of Yang'an community. */
  public static String gridCode(int n) {
    return COMMUNITY + String.format("%03d", n);
  }

  public static String gridPath(int n) {
    return COMMUNITY_PATH + gridCode(n) + "/";
  }

  /** The person in a grid's slot ({@link #PER_GRID}). */
  public static UUID id(int grid, String slot) {
    if (slot.equals("worker") && grid == 1) {
      return UUID.fromString("d95f4b82-267b-577a-ab0c-42b6b6beb521");
    }
    if (slot.equals("worker") && grid == 2) {
      return UUID.fromString("27fc3cfc-0d9b-5c6a-acbf-18da8ae67b3e");
    }
    return named("person/yangan/grid-" + grid + "/" + slot);
  }

  /** The shared person of a role ({@link #SHARED}) for grids 1-5 (group 0), 6-10, 11-15. */
  public static UUID shared(String role, int group) {
    return named("person/yangan/shared/" + role + "/" + group);
  }

  private static UUID named(String name) {
    return UUID.nameUUIDFromBytes(("shaodian-demo/" + name).getBytes(StandardCharsets.UTF_8));
  }
}
