package db.demo.checkpoints;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.checkpoints.internal.tally.TallyTotals;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.Sealed;

/**
 * Shouchang's highway exit (杭千高速寿昌出口, on the rosters demo's post) and Yinhu's temporary inspection
 * station, each with its lanes, and the week up to now of inspections: about 3,500 vehicles a day
 * at the exit in three shifts, a few hundred vehicles and people on foot at the station, most
 * released, some tested on site, trucks escorted to unloading, a few turned back — each judged by
 * the demo's screening policy in force, its personal data sealed as the application seals it, and
 * the tallies counted from the same rows.
 */
public class V2__demo_checkpoints_and_week extends BaseJavaMigration {

  static final UUID SHOUCHANG_EXIT = id("checkpoint/shouchang-exit");
  static final UUID YINHU_STATION = id("checkpoint/yinhu-station");

  record Place(
      UUID id,
      String name,
      String kind,
      String region,
      double lon,
      double lat,
      UUID post,
      int perDay,
      double onFoot,
      String[][] lanes) {}

  static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高".split("");
  static final String[] GIVEN = "建国华明丽英伟芳军平红梅海燕志强春秀云峰".split("");
  static final String[] ORIGINS = {
    "330100", "330100", "330100", "330700", "330800", "331000", "310000", "320500", "340100",
    "360100"
  };

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    Map<String, String> paths = new HashMap<>();
    try (PreparedStatement s = db.prepareStatement("select code, path from kernel_region");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        paths.put(r.getString(1), r.getString(2));
      }
    }
    List<Place> places =
        List.of(
            new Place(
                SHOUCHANG_EXIT,
                "杭千高速寿昌出口卡口",
                "HIGHWAY_EXIT",
                "330182107000",
                119.2385,
                29.5891,
                id("post/highway-exit"),
                3500,
                0.0,
                new String[][] {
                  {"1号车道", "VEHICLES"},
                  {"2号车道", "VEHICLES"},
                  {"货车通道", "TRUCKS"},
                  {"核酸绿色通道", "GREEN_TESTING"},
                  {"茶农专用通道", "TEA_FARMERS"}
                }),
            new Place(
                YINHU_STATION,
                "银湖街道富春路临时检验点",
                "INSPECTION_STATION",
                "330111006000",
                119.9731,
                30.0627,
                id("post/yinhu-station"),
                420,
                0.4,
                new String[][] {{"车辆通道", "VEHICLES"}, {"行人通道", "PEDESTRIANS"}}));
    Instant now = Instant.now();
    for (Place place : places) {
      if (!paths.containsKey(place.region()) || !exists(db, "rosters_post", place.post())) {
        continue;
      }
      checkpoint(db, place, paths.get(place.region()), now);
      UUID policy = policyInForce(db, paths.get(place.region()));
      List<UUID> recorders = recorders(db, paths.get(place.region()));
      if (policy != null && !recorders.isEmpty()) {
        week(db, place, paths.get(place.region()), policy, recorders, now);
      }
    }
    // the week's tallies were written with their day's and shift's counts only
    TallyTotals.recount(db);
  }

  private static void checkpoint(Connection db, Place place, String path, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into checkpoints_checkpoint (id, name, open_name, kind, region_code,"
                + " region_path, lon, lat, hours, contact, status, post_id, created_at, updated_at,"
                + " version) values (?, ?, ?, ?, ?, ?, ?, ?, '24小时', ?, 'OPEN', ?, ?, ?, 0)")) {
      s.setObject(1, place.id());
      s.setString(2, place.name());
      s.setString(3, place.name());
      s.setString(4, place.kind());
      s.setString(5, place.region());
      s.setString(6, path);
      s.setDouble(7, place.lon());
      s.setDouble(8, place.lat());
      s.setString(9, "防控指挥部 0571-6470" + (place.perDay() % 10000));
      s.setObject(10, place.post());
      s.setObject(11, now.atOffset(java.time.ZoneOffset.UTC));
      s.setObject(12, now.atOffset(java.time.ZoneOffset.UTC));
      s.executeUpdate();
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into checkpoints_lane (id, checkpoint_id, no, name, kind, open)"
                + " values (?, ?, ?, ?, ?, true)")) {
      for (int i = 0; i < place.lanes().length; i++) {
        s.setObject(1, id("lane/" + place.id() + "/" + (i + 1)));
        s.setObject(2, place.id());
        s.setInt(3, i + 1);
        s.setString(4, place.lanes()[i][0]);
        s.setString(5, place.lanes()[i][1]);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** The week up to now, hour by hour, with a day's rhythm (quiet at night). */
  private static void week(
      Connection db, Place place, String path, UUID policy, List<UUID> recorders, Instant now)
      throws SQLException {
    Random random = new Random(place.id().hashCode());
    LocalDate today = LocalDate.ofInstant(now, ShaodianTime.ZONE);
    Map<String, long[]> tallies = new HashMap<>();
    int seq = 0;
    try (PreparedStatement inspection =
            db.prepareStatement(
                "insert into checkpoints_inspection (id, checkpoint_id, lane_no, region_path,"
                    + " subject, vehicle_kind, plate, origin, destination, guided_at, verified_at,"
                    + " recorded_at, diverted_at, duty_day, shift_no, outcome, people, policy_id,"
                    + " recorder, recorded_by, batch_id, content_hash, received_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " 'demo-tablet', null, ?, ?, 0)");
        PreparedStatement person =
            db.prepareStatement(
                "insert into checkpoints_inspected_person (inspection_id, seq, role, name,"
                    + " id_number, id_index, phone, checks, duty_day)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int batched = 0;
      for (int day = 6; day >= 0; day--) {
        LocalDate date = today.minusDays(day);
        for (int hour = 0; hour < 24; hour++) {
          ZonedDateTime start = date.atTime(hour, 0).atZone(ShaodianTime.ZONE);
          if (!start.toInstant().isBefore(now)) {
            break;
          }
          double rhythm = hour < 6 ? 0.25 : hour < 8 || hour >= 21 ? 0.7 : 1.4;
          int count =
              (int) Math.round(place.perDay() / 24.0 * rhythm * (0.8 + random.nextDouble() * 0.4));
          for (int n = 0; n < count; n++) {
            Instant guided = start.toInstant().plusSeconds(random.nextInt(3600));
            if (!guided.isBefore(now)) {
              continue;
            }
            boolean onFoot = random.nextDouble() < place.onFoot();
            String kind = onFoot ? null : vehicleKind(random);
            int people = onFoot ? 1 : peopleIn(kind, random);
            double roll = random.nextDouble();
            String outcome =
                roll < 0.925
                    ? "RELEASED"
                    : roll < 0.975
                        ? "TESTED_ON_SITE"
                        : roll < 0.993 && "TRUCK".equals(kind)
                            ? "ESCORTED_TO_UNLOADING"
                            : roll < 0.9995 ? "PERSUADED_BACK" : "CENTRAL_ISOLATION";
            if ("ESCORTED_TO_UNLOADING".equals(outcome) && !"TRUCK".equals(kind)) {
              outcome = "RELEASED";
            }
            UUID inspectionId = id("inspection/" + place.id() + "/" + seq++);
            Instant verified = guided.plusSeconds(20 + random.nextInt(60));
            Instant recorded = verified.plusSeconds(10 + random.nextInt(40));
            Instant diverted = recorded.plusSeconds(5 + random.nextInt(30));
            int shift = hour / 8 + 1;
            String origin = ORIGINS[random.nextInt(ORIGINS.length)];
            int lane = onFoot ? 2 : "TRUCK".equals(kind) && place.lanes().length > 2 ? 3 : 1;
            inspection.setObject(1, inspectionId);
            inspection.setObject(2, place.id());
            inspection.setInt(3, lane);
            inspection.setString(4, path);
            inspection.setString(5, onFoot ? "PEDESTRIAN" : "VEHICLE");
            inspection.setString(6, kind);
            inspection.setString(7, onFoot ? null : Sealed.seal("PlateNumber", plate(random)));
            inspection.setString(8, Sealed.seal("TravelHistory", origin));
            inspection.setObject(9, guided.atOffset(java.time.ZoneOffset.UTC));
            inspection.setObject(10, verified.atOffset(java.time.ZoneOffset.UTC));
            inspection.setObject(11, recorded.atOffset(java.time.ZoneOffset.UTC));
            inspection.setObject(12, diverted.atOffset(java.time.ZoneOffset.UTC));
            inspection.setObject(13, date);
            inspection.setInt(14, shift);
            inspection.setString(15, outcome);
            inspection.setInt(16, people);
            inspection.setObject(17, policy);
            inspection.setObject(18, recorders.get(random.nextInt(recorders.size())));
            inspection.setString(19, "demo-" + inspectionId);
            inspection.setObject(20, diverted.atOffset(java.time.ZoneOffset.UTC));
            inspection.addBatch();
            for (int p = 1; p <= people; p++) {
              String idNumber = idNumber(random);
              person.setObject(1, inspectionId);
              person.setInt(2, p);
              person.setString(3, onFoot ? "PEDESTRIAN" : p == 1 ? "DRIVER" : "PASSENGER");
              person.setString(
                  4,
                  Sealed.seal(
                      "PersonName",
                      SURNAMES[random.nextInt(SURNAMES.length)]
                          + GIVEN[random.nextInt(GIVEN.length)]));
              person.setString(5, Sealed.seal("IdNumber", idNumber));
              person.setString(6, Sealed.blindIndex(IdNumber.of(idNumber)));
              person.setString(
                  7,
                  Sealed.seal(
                      "PhoneNumber",
                      "13"
                          + (5 + random.nextInt(5))
                          + String.format("%08d", random.nextInt(100_000_000))));
              person.setString(8, Sealed.seal("HealthNote", checks(outcome, p, random)));
              person.setObject(9, date);
              person.addBatch();
            }
            String key =
                date
                    + "|"
                    + shift
                    + "|"
                    + (onFoot ? "PEDESTRIAN" : "VEHICLE")
                    + "|"
                    + (onFoot ? "-" : kind)
                    + "|"
                    + outcome;
            long[] tally = tallies.computeIfAbsent(key, k -> new long[2]);
            tally[0]++;
            tally[1] += people;
            if (++batched % 500 == 0) {
              inspection.executeBatch();
              person.executeBatch();
            }
          }
        }
      }
      inspection.executeBatch();
      person.executeBatch();
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into checkpoints_tally (checkpoint_id, duty_day, shift_no, subject, vehicle_kind,"
                + " outcome, region_path, inspections, people, inspections_to_date,"
                + " people_to_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")) {
      for (Map.Entry<String, long[]> tally : tallies.entrySet()) {
        String[] key = tally.getKey().split("\\|");
        s.setObject(1, place.id());
        s.setObject(2, LocalDate.parse(key[0]));
        s.setInt(3, Integer.parseInt(key[1]));
        s.setString(4, key[2]);
        s.setString(5, key[3]);
        s.setString(6, key[4]);
        s.setString(7, path);
        s.setLong(8, tally.getValue()[0]);
        s.setLong(9, tally.getValue()[1]);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** What the checks found, consistent with where they were sent. */
  private static String checks(String outcome, int person, Random random) {
    String code = "绿码";
    String travel = "无风险地区行程";
    String decision = "通过";
    if (person == 1 && outcome.equals("TESTED_ON_SITE")) {
      travel = (1 + random.nextInt(6)) + "天前途经风险地区";
      decision = "现场检测";
    } else if (person == 1
        && (outcome.equals("PERSUADED_BACK") || outcome.equals("CENTRAL_ISOLATION"))) {
      code = outcome.equals("CENTRAL_ISOLATION") ? "红码" : "黄码";
      decision = "不予放行";
    }
    String temperature = String.format("%.1f℃", 36.0 + random.nextInt(9) / 10.0);
    return code
        + ";"
        + travel
        + ";核酸"
        + (4 + random.nextInt(44))
        + "小时;"
        + temperature
        + ";判定:"
        + decision;
  }

  private static String vehicleKind(Random random) {
    double r = random.nextDouble();
    return r < 0.70 ? "CAR" : r < 0.92 ? "TRUCK" : r < 0.95 ? "BUS" : "OTHER";
  }

  private static int peopleIn(String kind, Random random) {
    return switch (kind) {
      case "CAR" -> 1 + random.nextInt(4);
      case "TRUCK" -> 1 + random.nextInt(2);
      case "BUS" -> 10 + random.nextInt(31);
      default -> 1;
    };
  }

  private static String plate(Random random) {
    String provinces = "浙浙浙浙沪苏皖赣闽";
    String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    StringBuilder plate = new StringBuilder();
    plate.append(provinces.charAt(random.nextInt(provinces.length())));
    plate.append(letters.charAt(random.nextInt(letters.length())));
    for (int i = 0; i < 5; i++) {
      plate.append(random.nextInt(10));
    }
    return plate.toString();
  }

  /** A valid ID number (GB 11643) born 1950–2004, sequence 900–999 (not the registers'). */
  private static String idNumber(Random random) {
    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
    String first17 =
        "3301"
            + String.format("%02d", 2 + random.nextInt(20))
            + born.toString().replace("-", "")
            + (900 + random.nextInt(100));
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  private static UUID policyInForce(Connection db, String path) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "select id from checkpoints_policy where ? like concat(region_path, '%')"
                + " order by length(region_path) desc, effective_from desc")) {
      s.setString(1, path);
      s.setMaxRows(1);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? (UUID) r.getObject(1) : null;
      }
    }
  }

  private static List<UUID> recorders(Connection db, String path) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement("select id from rosters_person where region_path like ? order by id")) {
      s.setString(1, path + "%");
      s.setMaxRows(12);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add((UUID) r.getObject(1));
        }
      }
    }
    return ids;
  }

  private static boolean exists(Connection db, String table, UUID id) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("select 1 from " + table + " where id = ?")) {
      s.setObject(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(("shaodian-demo/" + name).getBytes(StandardCharsets.UTF_8));
  }
}
