package db.demo.checkpoints;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Screening policy: Hangzhou's city-wide version from 1 January 2026 (green code, a risk area in
 * the last 14 days tested on site, a test younger than 72 h for travellers from Shanghai and
 * Suzhou, fever from 37.3 ℃), which every town inherits that has none of its own; and Shouchang's
 * stricter one for the spring tea harvest from 15 March 2026 — the pickers and buyers come by road
 * from the whole Yangtze delta, so vehicles from Shanghai, Jiangsu, Anhui and the rest of Zhejiang
 * outside Hangzhou need a test younger than 48 h.
 */
public class V1__demo_screening_policies extends BaseJavaMigration {

  /** Hangzhou's version, for the inspections' demo data to refer to. */
  public static final UUID HANGZHOU_2026 =
      UUID.nameUUIDFromBytes("shaodian-demo/screening-policy/330100/2026-01-01".getBytes());

  /** Shouchang's tea-season version. */
  public static final UUID SHOUCHANG_TEA_2026 =
      UUID.nameUUIDFromBytes("shaodian-demo/screening-policy/330182107000/2026-03-15".getBytes());

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into checkpoints_policy (id, region_code, region_path, effective_from,"
                + " green_code_required, risk_area_days, test_max_age_hours, test_origins,"
                + " fever_from, note, issued_by, issued_at, version)"
                + " values (?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      add(
          insert,
          HANGZHOU_2026,
          "330100",
          "/330100/",
          OffsetDateTime.parse("2026-01-01T00:00:00+08:00"),
          14,
          72,
          "31,3205",
          "杭州市常态化防控:健康码绿码通行,14 天内途经风险地区者现场核酸检测,沪苏来杭人员须持 72 小时内核酸阴性证明",
          "system:demo-data");
      add(
          insert,
          SHOUCHANG_TEA_2026,
          "330182107000",
          "/330100/330182/330182107000/",
          OffsetDateTime.parse("2026-03-15T00:00:00+08:00"),
          14,
          48,
          "31,32,34,3302,3303,3304,3305,3306,3307,3308,3309,3310,3311",
          "春茶采摘期:外来采茶、收茶车辆须持 48 小时内核酸阴性证明(杭州市内车辆除外),无证明者走茶农通道现场检测",
          "shouchang-command");
      insert.executeBatch();
    }
  }

  private static void add(
      PreparedStatement insert,
      UUID id,
      String region,
      String path,
      OffsetDateTime from,
      Integer riskAreaDays,
      Integer testHours,
      String origins,
      String note,
      String by)
      throws java.sql.SQLException {
    insert.setObject(1, id);
    insert.setString(2, region);
    insert.setString(3, path);
    insert.setObject(4, from);
    insert.setInt(5, riskAreaDays);
    if (testHours == null) {
      insert.setNull(6, Types.INTEGER);
    } else {
      insert.setInt(6, testHours);
    }
    insert.setString(7, origins);
    insert.setBigDecimal(8, new BigDecimal("37.3"));
    insert.setString(9, note);
    insert.setString(10, by);
    insert.setObject(11, from.minusDays(2));
    insert.addBatch();
  }
}
