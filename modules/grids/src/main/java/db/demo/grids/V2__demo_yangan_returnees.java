package db.demo.grids;

import db.demo.rosters.V3__demo_yangan_people;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.text.NameOrder;

/**
 * Yang'an's returnee ledger over the last ten days: 30 people staying in grids 1 to 5, a third of
 * them through a risk area; eight registered both door to door and at a checkpoint — one entry
 * each, with both sources — and half with a test result. ID numbers, phones, travel and outcomes
 * sealed as the application seals them.
 */
public class V2__demo_yangan_returnees extends BaseJavaMigration {

  private static final String[] NAMES = {
    "邵建国", "叶丽华", "方志强", "汪春梅", "洪海燕", "章晓东", "余永明", "程秀兰", "应德新", "周桂珍"
  };
  private static final String[] FROM = {
    "上海市浦东新区 → 杭州东站 → 建德",
    "江苏省苏州市 → 自驾 → 建德",
    "广东省深圳市 → 萧山机场 → 建德",
    "浙江省义乌市 → 客车 → 建德",
    "安徽省黄山市 → 自驾 → 建德"
  };
  private static final String[] MODES = {"TRAIN", "CAR", "PLANE", "BUS", "CAR"};

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    OffsetDateTime stamp = OffsetDateTime.now(ZoneOffset.UTC);
    LocalDate today = LocalDate.now(ShaodianTime.ZONE);
    Random random = new Random(20221205L);
    Set<String> used = new HashSet<>();
    try (PreparedStatement returnee =
            db.prepareStatement(
                "insert into grids_returnee (id, stay_code, region_path, name, name_key, id_number,"
                    + " id_number_index, phone, arrived_on, travel_mode, travel, through_risk_area,"
                    + " version, registered_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
        PreparedStatement registration =
            db.prepareStatement(
                "insert into grids_returnee_registration (returnee_id, source, reference,"
                    + " registered_by, registered_at) values (?, ?, ?, ?, ?)");
        PreparedStatement test =
            db.prepareStatement(
                "insert into grids_returnee_test (id, returnee_id, taken_on, kind, outcome,"
                    + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < 30; i++) {
        int grid = 1 + i % 5;
        UUID id = UUID.randomUUID();
        String name =
            NAMES[i % NAMES.length].substring(0, 1) + NAMES[(i * 7) % NAMES.length].substring(1);
        String number;
        do {
          String first17 =
              "330182"
                  + (1965 + random.nextInt(40))
                  + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                  + String.format("%03d", random.nextInt(1000));
          number = first17 + IdNumber.checkDigit(first17);
        } while (!used.add(number));
        int from = i % FROM.length;
        LocalDate arrived = today.minusDays(random.nextInt(10));
        returnee.setObject(1, id);
        returnee.setString(2, V3__demo_yangan_people.gridCode(grid));
        returnee.setString(3, V3__demo_yangan_people.gridPath(grid));
        returnee.setString(4, name);
        returnee.setBytes(5, NameOrder.key(name));
        returnee.setString(6, Sealed.seal("IdNumber", number));
        returnee.setString(7, Sealed.blindIndex(IdNumber.of(number)));
        returnee.setString(
            8,
            Sealed.seal("PhoneNumber", "139" + String.format("%08d", random.nextInt(100_000_000))));
        returnee.setObject(9, arrived);
        returnee.setString(10, MODES[from]);
        returnee.setString(11, Sealed.seal("TravelHistory", FROM[from]));
        returnee.setBoolean(12, i % 3 == 0);
        returnee.setObject(13, stamp);
        returnee.setObject(14, stamp);
        returnee.addBatch();
        registration.setObject(1, id);
        registration.setString(2, "DOOR_TO_DOOR");
        registration.setString(3, "");
        registration.setString(4, "yangan-grid");
        registration.setObject(5, stamp);
        registration.addBatch();
        if (i % 4 == 1) {
          registration.setObject(1, id);
          registration.setString(2, "CHECKPOINT");
          registration.setString(3, "demo-inspection-" + i);
          registration.setString(4, "shouchang-checkpoint");
          registration.setObject(5, stamp.minusHours(30));
          registration.addBatch();
        }
        if (i % 2 == 0) {
          test.setObject(1, UUID.randomUUID());
          test.setObject(2, id);
          test.setObject(3, arrived);
          test.setString(4, i % 6 == 0 ? "ANTIGEN" : "NUCLEIC_ACID");
          test.setString(5, Sealed.seal("TestOutcome", i == 12 ? "PENDING" : "NEGATIVE"));
          test.setString(6, "yangan-grid");
          test.setObject(7, stamp);
          test.addBatch();
        }
      }
      returnee.executeBatch();
      registration.executeBatch();
      test.executeBatch();
    }
  }
}
