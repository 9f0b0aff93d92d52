package db.demo.grids;

import db.demo.rosters.V3__demo_yangan_people;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.grids.api.GridStaffRole;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.grids.internal.staff.GridStaff;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.text.NameOrder;

/**
 * Yang'an community's 15 compound grids: each with its staff (people of the rosters demo, V3),
 * three buildings of two units and six rooms each, and their residents (invented: names, ID numbers
 * with valid check digits, phones), ID numbers and phones sealed as the application seals them,
 * flags as a grid worker would mark them.
 */
public class V1__demo_yangan_grids extends BaseJavaMigration {

  private static final String[] SURNAMES = "王李张刘陈杨黄吴周徐朱胡何叶方汪洪邵姜章余程应郑唐钱严".split("");
  private static final String[] GIVEN = "建国华明丽英伟芳军平红梅海燕志强春秀兰文德新民晓东永桂珍玉".split("");
  private static final String[] ROOMS = {"101", "102", "201", "202", "301", "302"};

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    OffsetDateTime stamp = OffsetDateTime.now(ZoneOffset.UTC);
    LocalDate today = LocalDate.now(ShaodianTime.ZONE);
    Random random = new Random(20221203L);
    Set<String> idNumbers = new HashSet<>();
    try (PreparedStatement building =
            db.prepareStatement(
                "insert into grids_building (id, grid_code, region_path, name, name_key, version,"
                    + " created_at) values (?, ?, ?, ?, ?, 0, ?)");
        PreparedStatement dwelling =
            db.prepareStatement(
                "insert into grids_dwelling (id, building_id, unit, room, region_path, created_at)"
                    + " values (?, ?, ?, ?, ?, ?)");
        PreparedStatement resident =
            db.prepareStatement(
                "insert into grids_resident (id, dwelling_id, region_path, name, name_key,"
                    + " id_number, id_number_index, phone, household_relation,"
                    + " elderly_living_alone, needs_help, party_member, serving_party_member,"
                    + " version, registered_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
        PreparedStatement staff =
            db.prepareStatement(
                "insert into grids_staff (id, grid_code, region_path, person_id, staff_role,"
                    + " building_id, unit, staff_key, sole_key, since)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int grid = 1; grid <= 15; grid++) {
        String code = V3__demo_yangan_people.gridCode(grid);
        String path = V3__demo_yangan_people.gridPath(grid);
        Staff appoint = new Staff(staff, code, path, stamp);
        appoint.add(GridStaffRole.GRID_LEADER, V3__demo_yangan_people.id(grid, "leader"));
        appoint.add(GridStaffRole.DEPUTY_LEADER, V3__demo_yangan_people.id(grid, "deputy"));
        appoint.add(GridStaffRole.GRID_WORKER, V3__demo_yangan_people.id(grid, "worker"));
        appoint.add(GridStaffRole.BRANCH_SECRETARY, V3__demo_yangan_people.id(grid, "secretary"));
        appoint.add(GridStaffRole.SOCIAL_WORKER, V3__demo_yangan_people.id(grid, "social"));
        int group = (grid - 1) / 5;
        appoint.add(GridStaffRole.LIAISON_CADRE, V3__demo_yangan_people.shared("liaison", group));
        appoint.add(GridStaffRole.STREET_CADRE, V3__demo_yangan_people.shared("street", group));
        appoint.add(GridStaffRole.COMMUNITY_DOCTOR, V3__demo_yangan_people.shared("doctor", group));
        appoint.add(GridStaffRole.AREA_POLICE, V3__demo_yangan_people.shared("police", group));
        for (int b = 1; b <= 3; b++) {
          UUID buildingId = named("building/yangan/" + grid + "/" + b);
          String name = ((grid - 1) * 3 + b) + "幢";
          building.setObject(1, buildingId);
          building.setString(2, code);
          building.setString(3, path);
          building.setString(4, name);
          building.setBytes(5, NameOrder.key(name));
          building.setObject(6, stamp);
          building.addBatch();
          appoint.add(
              GridStaffRole.BUILDING_HEAD,
              V3__demo_yangan_people.id(grid, "building-" + b),
              buildingId,
              null);
          for (int u = 1; u <= 2; u++) {
            String unit = u + "单元";
            appoint.add(
                GridStaffRole.CORRIDOR_HEAD,
                V3__demo_yangan_people.id(grid, "corridor-" + b + "-" + u),
                buildingId,
                unit);
            for (String room : ROOMS) {
              UUID dwellingId = named("dwelling/yangan/" + grid + "/" + b + "/" + u + "/" + room);
              dwelling.setObject(1, dwellingId);
              dwelling.setObject(2, buildingId);
              dwelling.setString(3, unit);
              dwelling.setString(4, room);
              dwelling.setString(5, path);
              dwelling.setObject(6, stamp);
              dwelling.addBatch();
              household(resident, random, idNumbers, dwellingId, path, today, stamp);
            }
          }
        }
      }
      building.executeBatch();
      dwelling.executeBatch();
      resident.executeBatch();
      staff.executeBatch();
    }
  }

  /** A household of one to four: an elder living alone, a couple, a family. */
  private static void household(
      PreparedStatement insert,
      Random random,
      Set<String> idNumbers,
      UUID dwelling,
      String path,
      LocalDate today,
      OffsetDateTime stamp)
      throws java.sql.SQLException {
    int size = 1 + random.nextInt(4);
    String surname = SURNAMES[random.nextInt(SURNAMES.length)];
    int headBirthYear = size == 1 ? 1938 + random.nextInt(50) : 1950 + random.nextInt(45);
    List<Object[]> members = new ArrayList<>();
    for (int m = 0; m < size; m++) {
      HouseholdRelation relation =
          m == 0
              ? HouseholdRelation.HEAD
              : m == 1 ? HouseholdRelation.SPOUSE : HouseholdRelation.CHILD;
      int year =
          relation == HouseholdRelation.CHILD
              ? headBirthYear + 22 + random.nextInt(10)
              : headBirthYear + random.nextInt(3);
      LocalDate birth =
          LocalDate.of(Math.min(year, 2022), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String idNumber = idNumber(random, idNumbers, birth);
      String name =
          (relation == HouseholdRelation.SPOUSE
                  ? SURNAMES[random.nextInt(SURNAMES.length)]
                  : surname)
              + GIVEN[random.nextInt(GIVEN.length)]
              + (random.nextInt(3) > 0 ? GIVEN[random.nextInt(GIVEN.length)] : "");
      int age = Period.between(birth, today).getYears();
      String phone =
          age >= 16 && random.nextInt(10) < 8
              ? "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000))
              : null;
      boolean alone = size == 1 && age >= 70;
      boolean party = age >= 18 && random.nextInt(4) == 0;
      boolean serving = party && age < 60 && random.nextInt(5) < 2;
      members.add(
          new Object[] {
            name, idNumber, phone, relation, alone, alone && random.nextBoolean(), party, serving
          });
    }
    for (Object[] m : members) {
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, dwelling);
      insert.setString(3, path);
      insert.setString(4, (String) m[0]);
      insert.setBytes(5, NameOrder.key((String) m[0]));
      insert.setString(6, Sealed.seal("IdNumber", (String) m[1]));
      insert.setString(7, Sealed.blindIndex(IdNumber.of((String) m[1])));
      insert.setString(
          8,
          m[2] == null ? null : Sealed.seal("PhoneNumber", PhoneNumber.of((String) m[2]).reveal()));
      insert.setString(9, ((HouseholdRelation) m[3]).name());
      insert.setBoolean(10, (Boolean) m[4]);
      insert.setBoolean(11, (Boolean) m[5]);
      insert.setBoolean(12, (Boolean) m[6]);
      insert.setBoolean(13, (Boolean) m[7]);
      insert.setObject(14, stamp);
      insert.setObject(15, stamp);
      insert.addBatch();
    }
  }

  /** A Jiande ID number (330182…) born that day, with its check digit, not used before. */
  private static String idNumber(Random random, Set<String> used, LocalDate birth) {
    while (true) {
      String first17 =
          "330182"
              + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
              + String.format("%03d", random.nextInt(1000));
      String number = first17 + IdNumber.checkDigit(first17);
      if (used.add(number)) {
        return number;
      }
    }
  }

  /** Appointments in one grid. */
  private record Staff(PreparedStatement insert, String grid, String path, OffsetDateTime since) {

    void add(GridStaffRole role, UUID person) throws java.sql.SQLException {
      add(role, person, null, null);
    }

    void add(GridStaffRole role, UUID person, UUID building, String unit)
        throws java.sql.SQLException {
      GridStaff.Keys keys = GridStaff.Keys.of(role, person, grid, building, unit);
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, grid);
      insert.setString(3, path);
      insert.setObject(4, person);
      insert.setString(5, role.name());
      insert.setObject(6, building);
      insert.setString(7, unit);
      insert.setString(8, keys.staff());
      insert.setString(9, keys.sole());
      insert.setObject(10, since);
      insert.addBatch();
    }
  }

  private static UUID named(String name) {
    return UUID.nameUUIDFromBytes(("shaodian-demo/" + name).getBytes(StandardCharsets.UTF_8));
  }
}
