package db.demo.checkpoints;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.kernel.api.ShaodianTime;

/**
 * Key places of Shouchang (its market, supermarket, bus station and two hotels) and of Yinhu (a
 * market in Xiangshan community, which its grid worker patrols, and a worksite), each with its
 * checklist, and the week up to the day the demo starts patrolled every day (每日一巡) — some items
 * failed with a note and a rectification, the worksite not patrolled one rainy day, and the hotel
 * in Xihu village not patrolled yet today, so that the unpatrolled list shows it.
 */
public class V3__demo_key_places extends BaseJavaMigration {

  private static final List<String> SHOP = List.of("扫码测温", "佩戴口罩", "通风消毒", "一米线", "进货台账");

  /** A demo key place: where, what, its checklist, who patrols it. */
  record Place(
      String key,
      String name,
      String kind,
      String region,
      String address,
      List<String> checklist,
      String patrolledBy) {}

  static final List<Place> PLACES =
      List.of(
          new Place(
              "shouchang-market",
              "寿昌农贸市场",
              "MARKET",
              "330182107001",
              "寿昌镇新安路 18 号",
              List.of("扫码测温", "佩戴口罩", "通风消毒", "一米线", "进货台账", "冷链食品追溯"),
              "shouchang-checkpoint"),
          new Place(
              "shouchang-supermarket",
              "寿昌惠民超市",
              "SUPERMARKET",
              "330182107001",
              "寿昌镇寿昌大道 66 号",
              SHOP,
              "shouchang-checkpoint"),
          new Place(
              "shouchang-bus-station",
              "寿昌汽车站",
              "STATION",
              "330182107001",
              "寿昌镇站前路 1 号",
              List.of("扫码测温", "佩戴口罩", "通风消毒", "查验行程卡", "候车区间隔就座"),
              "shouchang-checkpoint"),
          new Place(
              "shouchang-hotel",
              "寿昌宾馆",
              "HOTEL",
              "330182107001",
              "寿昌镇府前街 9 号",
              List.of("扫码测温", "佩戴口罩", "入住登记查验", "客房通风消毒", "公共区域消毒记录"),
              "shouchang-checkpoint"),
          new Place(
              "xihu-hotel",
              "西湖山居宾馆",
              "HOTEL",
              "330182107201",
              "西湖村村口",
              List.of("扫码测温", "佩戴口罩", "入住登记查验", "客房通风消毒"),
              "shouchang-checkpoint"),
          new Place(
              "xiangshan-market",
              "香山农贸市场",
              "MARKET",
              "330111006001",
              "银湖街道香山路 20 号",
              List.of("扫码测温", "佩戴口罩", "通风消毒", "一米线", "进货台账", "冷链食品追溯"),
              "xiangshan-grid"),
          new Place(
              "yinhu-worksite",
              "银湖科技城建设工地",
              "WORKSITE",
              "330111006002",
              "银湖街道科技城 3 号地块",
              List.of("工人扫码测温", "佩戴口罩", "宿舍通风消毒", "核酸检测台账", "食堂分餐"),
              "yinhu-command"));

  /** The place not patrolled yet on the day the demo starts. */
  static final String NOT_YET_TODAY = "xihu-hotel";

  /** The place not patrolled three days before (rain stopped the work and the patrol). */
  static final String RAINY_DAY_PLACE = "yinhu-worksite";

  /** What a patrol notes when an item fails, by item. */
  static final Map<String, String> FAILURES =
      Map.ofEntries(
          Map.entry("扫码测温", "入口未张贴场所码,测温枪电量不足"),
          Map.entry("工人扫码测温", "部分工人进场未扫码"),
          Map.entry("佩戴口罩", "部分摊主未规范佩戴口罩"),
          Map.entry("通风消毒", "消毒记录未按时填写"),
          Map.entry("一米线", "收银台前一米线标识磨损"),
          Map.entry("进货台账", "进货台账缺前一日记录"),
          Map.entry("冷链食品追溯", "一批冷冻水产品未扫码入追溯平台"),
          Map.entry("查验行程卡", "检票口未安排专人查验"),
          Map.entry("候车区间隔就座", "候车区座椅未间隔标识"),
          Map.entry("入住登记查验", "一名旅客入住未查验健康码"),
          Map.entry("客房通风消毒", "退房客房未及时消毒"),
          Map.entry("公共区域消毒记录", "电梯消毒记录缺一次"),
          Map.entry("宿舍通风消毒", "工人宿舍通风不足"),
          Map.entry("核酸检测台账", "两名新进场工人未见核酸记录"),
          Map.entry("食堂分餐", "食堂未分时段就餐"));

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(("shaodian-demo/" + name).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    Map<String, String> paths = paths(db);
    Instant now = Instant.now();
    LocalDate today = now.atZone(ShaodianTime.ZONE).toLocalDate();
    Instant startOfToday = today.atStartOfDay(ShaodianTime.ZONE).toInstant();
    Instant setUpAt = startOfToday.minus(Duration.ofDays(30));
    Random random = new Random(20221129L);

    try (PreparedStatement place =
            db.prepareStatement(
                "insert into checkpoints_key_place (id, name, active_name, kind, region_code,"
                    + " region_path, address, active, created_at, updated_at, deactivated_at,"
                    + " version) values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, null, 0)");
        PreparedStatement item =
            db.prepareStatement(
                "insert into checkpoints_key_place_item (place_id, seq, item) values (?, ?, ?)")) {
      for (Place p : PLACES) {
        String path = paths.get(p.region());
        if (path == null) {
          throw new IllegalStateException("the demo regions have no " + p.region());
        }
        UUID placeId = id("key-place/" + p.key());
        place.setObject(1, placeId);
        place.setString(2, p.name());
        place.setString(3, p.name());
        place.setString(4, p.kind());
        place.setString(5, p.region());
        place.setString(6, path);
        place.setString(7, p.address());
        place.setObject(8, utc(setUpAt));
        place.setObject(9, utc(setUpAt));
        place.addBatch();
        for (int seq = 0; seq < p.checklist().size(); seq++) {
          item.setObject(1, placeId);
          item.setInt(2, seq);
          item.setString(3, p.checklist().get(seq));
          item.addBatch();
        }
      }
      place.executeBatch();
      item.executeBatch();
    }

    try (PreparedStatement patrol =
            db.prepareStatement(
                "insert into checkpoints_patrol (id, place_id, patrol_day, patrolled_at,"
                    + " recorded_at, patrolled_by, items_failed, rectification)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement answer =
            db.prepareStatement(
                "insert into checkpoints_patrol_item (patrol_id, seq, item, passed, note)"
                    + " values (?, ?, ?, ?, ?)")) {
      for (int back = 6; back >= 0; back--) {
        LocalDate day = today.minusDays(back);
        for (int i = 0; i < PLACES.size(); i++) {
          Place p = PLACES.get(i);
          if (back == 0 && p.key().equals(NOT_YET_TODAY)
              || back == 3 && p.key().equals(RAINY_DAY_PLACE)) {
            continue;
          }
          Instant patrolledAt;
          Instant recordedAt;
          if (back == 0) {
            // today's rounds so far: spread over the part of the day already gone
            Duration gone = Duration.between(startOfToday, now);
            patrolledAt = startOfToday.plus(gone.multipliedBy(i + 1).dividedBy(PLACES.size() + 2));
            recordedAt = patrolledAt;
          } else {
            patrolledAt =
                day.atTime(LocalTime.of(8, 30).plusMinutes(25L * i))
                    .atZone(ShaodianTime.ZONE)
                    .toInstant();
            recordedAt = patrolledAt.plusSeconds(90);
          }
          UUID patrolId = id("patrol/" + p.key() + "/" + back);
          int failed = 0;
          for (int seq = 0; seq < p.checklist().size(); seq++) {
            String text = p.checklist().get(seq);
            boolean passed = random.nextInt(100) >= 8;
            if (!passed) {
              failed++;
            }
            answer.setObject(1, patrolId);
            answer.setInt(2, seq);
            answer.setString(3, text);
            answer.setBoolean(4, passed);
            answer.setString(5, passed ? null : FAILURES.getOrDefault(text, "未达要求"));
            answer.addBatch();
          }
          patrol.setObject(1, patrolId);
          patrol.setObject(2, id("key-place/" + p.key()));
          patrol.setObject(3, day);
          patrol.setObject(4, utc(patrolledAt));
          patrol.setObject(5, utc(recordedAt));
          patrol.setString(6, p.patrolledBy());
          patrol.setInt(7, failed);
          patrol.setString(8, failed == 0 ? null : "责令当日整改,次日巡查时复查");
          patrol.addBatch();
        }
      }
      patrol.executeBatch();
      answer.executeBatch();
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Map<String, String> paths(Connection db) throws SQLException {
    Map<String, String> paths = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rows = s.executeQuery("select code, path from kernel_region")) {
      while (rows.next()) {
        paths.put(rows.getString(1), rows.getString(2));
      }
    }
    return paths;
  }
}
