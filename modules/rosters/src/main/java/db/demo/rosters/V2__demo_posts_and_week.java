package db.demo.rosters;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.text.NameOrder;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.Qualification;

/**
 * Shouchang's demo roster: the Hang-Qian expressway exit and four village service points as posts
 * (three 8-hour shifts), the checkpoint's temporary party branch, a work group and the spring-tea
 * task force, 140 more people who serve, and the week from the day the demo starts rostered by
 * hand-written rules (qualified, 16 hours' rest, at most 6 shifts in 7 days). Duties that began
 * before the demo started are signed in, except one: a no-show for the coverage view.
 */
public class V2__demo_posts_and_week extends BaseJavaMigration {

  static final String TOWN = "330182107000";
  static final String[] VILLAGES = {
    "330182107201",
    "330182107202",
    "330182107203",
    "330182107204",
    "330182107205",
    "330182107206",
    "330182107207",
    "330182107208"
  };
  static final int[][] THREE_EIGHTS = {{0, 8}, {8, 8}, {16, 8}};

  /** Fixed ids, so that a demo can be pointed at them. */
  public static final UUID HIGHWAY_POST = id("post/highway-exit");

  public static final UUID HIGHWAY_BRANCH = id("team/highway-branch");

  private static final String[] SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
          .split("");
  private static final String[] GIVEN =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强文海燕红梅晓东春梅国平永强德明新民丽华".split("");

  record PostSpec(
      UUID id, String name, String kind, String region, UUID team, Map<DutyRole, Integer> needs) {}

  record Person(
      UUID id, String region, Set<Qualification> qualifications, List<Instant[]> duties) {}

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    Map<String, String> paths = paths(db);
    Instant now = Instant.now();
    OffsetDateTime stamp = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    Random random = new Random(20221128L);

    // the people who serve: the demo register's Shouchang people, and 140 more across the villages
    List<Person> people = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "select id, home_region from rosters_person where region_path like '/330100/330182/"
                    + TOWN
                    + "/%' order by id")) {
      while (rows.next()) {
        people.add(
            new Person(
                rows.getObject(1, UUID.class),
                rows.getString(2),
                EnumSet.noneOf(Qualification.class),
                new ArrayList<>()));
      }
    }
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into rosters_person (id, name, name_key, phone, affiliation, party_member,"
                + " home_region, region_path, active, version, registered_at, updated_at)"
                + " values (?, ?, ?, null, ?, ?, ?, ?, true, 0, ?, ?)")) {
      String[] affiliations = {"VOLUNTEER", "VILLAGE_CADRE", "MILITIA", "VOLUNTEER", "GRID_WORKER"};
      for (int i = 0; i < 140; i++) {
        String village = VILLAGES[i % VILLAGES.length];
        String name =
            SURNAMES[random.nextInt(SURNAMES.length)]
                + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        UUID person = id("person/" + i);
        String affiliation = i % 14 == 0 ? "MEDICAL" : affiliations[i % affiliations.length];
        insert.setObject(1, person);
        insert.setString(2, name);
        insert.setBytes(3, NameOrder.key(name));
        insert.setString(4, affiliation);
        insert.setBoolean(5, i % 3 != 2);
        insert.setString(6, village);
        insert.setString(7, paths.get(village));
        insert.setObject(8, stamp);
        insert.setObject(9, stamp);
        insert.addBatch();
        people.add(
            new Person(person, village, EnumSet.noneOf(Qualification.class), new ArrayList<>()));
      }
      insert.executeBatch();
    }
    // qualifications: every fifth leads a shift, medics swab, most can record or guide
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into rosters_person_qualification (person_id, qualification) values (?, ?)")) {
      for (int i = 0; i < people.size(); i++) {
        Person person = people.get(i);
        if (i % 5 == 0) {
          person.qualifications().add(Qualification.SHIFT_LEADERSHIP);
        }
        if (i % 14 == 3 || i % 14 == 10) {
          person.qualifications().add(Qualification.SWAB_SAMPLING);
        }
        if (i % 2 == 0) {
          person.qualifications().add(Qualification.DATA_ENTRY);
        }
        if (i % 3 == 0) {
          person.qualifications().add(Qualification.TRAFFIC_GUIDANCE);
        }
        for (Qualification q : person.qualifications()) {
          // the register's own people may hold some already
          if (!holds(db, person.id(), q)) {
            insert.setObject(1, person.id());
            insert.setString(2, q.name());
            insert.addBatch();
          }
        }
      }
      insert.executeBatch();
    }

    // teams
    UUID workGroup = id("team/enterprises-markets");
    UUID taskForce = id("team/spring-tea");
    team(db, HIGHWAY_BRANCH, "PARTY_BRANCH", "杭千高速寿昌出口卡口临时党支部", null, TOWN, paths, stamp);
    team(db, workGroup, "WORK_GROUP", "寿昌镇企业和市场工作组", "企业和市场", TOWN, paths, stamp);
    team(db, taskForce, "TASK_FORCE", "寿昌镇春茶专班", "春茶采摘与收购", TOWN, paths, stamp);
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into rosters_team_member (team_id, person_id, role, joined_at) values (?, ?, ?, ?)")) {
      for (int i = 0; i < 40; i++) {
        insert.setObject(1, HIGHWAY_BRANCH);
        insert.setObject(2, people.get(i).id());
        insert.setString(3, i == 0 ? "SECRETARY" : i == 5 ? "DEPUTY" : "MEMBER");
        insert.setObject(4, stamp);
        insert.addBatch();
      }
      for (int i = 40; i < 52; i++) {
        insert.setObject(1, i < 46 ? workGroup : taskForce);
        insert.setObject(2, people.get(i).id());
        insert.setString(3, i == 40 || i == 46 ? "LEADER" : "MEMBER");
        insert.setObject(4, stamp);
        insert.addBatch();
      }
      insert.executeBatch();
    }

    // posts: the expressway exit (9 seats a shift), four village service points ("1+N+4")
    Map<DutyRole, Integer> highway = new LinkedHashMap<>();
    highway.put(DutyRole.POINT_LEADER, 1);
    highway.put(DutyRole.GROUP_LEADER, 1);
    highway.put(DutyRole.RECORDER, 2);
    highway.put(DutyRole.GUIDE, 2);
    highway.put(DutyRole.INSPECTOR, 2);
    highway.put(DutyRole.SWAB_TAKER, 1);
    Map<DutyRole, Integer> village = new LinkedHashMap<>();
    village.put(DutyRole.GROUP_LEADER, 1);
    village.put(DutyRole.GUIDE, 1);
    village.put(DutyRole.INSPECTOR, 1);
    village.put(DutyRole.RECORDER, 1);
    List<PostSpec> posts = new ArrayList<>();
    posts.add(
        new PostSpec(HIGHWAY_POST, "杭千高速寿昌出口卡口", "CHECKPOINT", TOWN, HIGHWAY_BRANCH, highway));
    String[][] points = {
      {"330182107201", "西湖村防疫服务点"},
      {"330182107202", "童家村防疫服务点"},
      {"330182107203", "石泉村防疫服务点"},
      {"330182107204", "卜家蓬村防疫服务点"}
    };
    for (String[] point : points) {
      posts.add(
          new PostSpec(
              id("post/" + point[0]), point[1], "VILLAGE_SERVICE_POINT", point[0], null, village));
    }
    for (PostSpec post : posts) {
      post(db, post, paths, stamp);
    }

    // the week from today, rostered seat by seat
    LocalDate today = LocalDate.ofInstant(now, ShaodianTime.ZONE);
    Map<UUID, Integer> load = new HashMap<>();
    boolean noShowLeft = true;
    try (PreparedStatement duty =
            db.prepareStatement(
                "insert into rosters_assignment (id, post_id, duty_date, shift_no, duty_role, seat_no,"
                    + " person_id, starts_at, ends_at, region_path, assigned_via, assigned_at,"
                    + " signed_in_at, signed_out_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'BULK', ?, ?, ?, 0)");
        PreparedStatement hour =
            db.prepareStatement(
                "insert into rosters_duty_hour (person_id, hour_start, assignment_id) values (?, ?, ?)")) {
      for (int day = 0; day < 7; day++) {
        LocalDate date = today.plusDays(day);
        for (int shift = 0; shift < THREE_EIGHTS.length; shift++) {
          Instant start =
              date.atTime(THREE_EIGHTS[shift][0], 0).atZone(ShaodianTime.ZONE).toInstant();
          Instant end = start.plusSeconds(3600L * THREE_EIGHTS[shift][1]);
          for (PostSpec post : posts) {
            for (Map.Entry<DutyRole, Integer> need : post.needs().entrySet()) {
              for (int seat = 1; seat <= need.getValue(); seat++) {
                Person holder = pick(people, need.getKey(), post, start, end, load);
                if (holder == null) {
                  continue; // an open seat: the solver's work
                }
                holder.duties().add(new Instant[] {start, end});
                load.merge(holder.id(), 1, Integer::sum);
                UUID dutyId =
                    id(
                        "duty/"
                            + post.id()
                            + "/"
                            + date
                            + "/"
                            + shift
                            + "/"
                            + need.getKey()
                            + "/"
                            + seat);
                boolean begun = !now.isBefore(start);
                boolean noShow = begun && noShowLeft && need.getKey() == DutyRole.INSPECTOR;
                noShowLeft &= !noShow;
                duty.setObject(1, dutyId);
                duty.setObject(2, post.id());
                duty.setObject(3, date);
                duty.setInt(4, shift + 1);
                duty.setString(5, need.getKey().name());
                duty.setInt(6, seat);
                duty.setObject(7, holder.id());
                duty.setObject(8, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
                duty.setObject(9, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
                duty.setString(10, paths.get(post.region()));
                duty.setObject(11, stamp);
                duty.setObject(
                    12,
                    begun && !noShow
                        ? OffsetDateTime.ofInstant(start.plusSeconds(300), ZoneOffset.UTC)
                        : null);
                duty.setObject(
                    13,
                    !now.isBefore(end) && !noShow
                        ? OffsetDateTime.ofInstant(end, ZoneOffset.UTC)
                        : null);
                duty.addBatch();
                for (Instant h = start; h.isBefore(end); h = h.plusSeconds(3600)) {
                  hour.setObject(1, holder.id());
                  hour.setObject(2, OffsetDateTime.ofInstant(h, ZoneOffset.UTC));
                  hour.setObject(3, dutyId);
                  hour.addBatch();
                }
              }
            }
          }
        }
        duty.executeBatch();
        hour.executeBatch();
      }
    }
  }

  /**
   * The least-loaded qualified person, living near the post, free and rested: no overlap, 16 hours
   * since their last duty, at most 6 shifts in any 7 days.
   */
  static Person pick(
      List<Person> people,
      DutyRole role,
      PostSpec post,
      Instant start,
      Instant end,
      Map<UUID, Integer> load) {
    Person best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Person person : people) {
      if (!person.qualifications().containsAll(role.impliedQualifications())) {
        continue;
      }
      if (role == DutyRole.RECORDER
          && !person.qualifications().contains(Qualification.DATA_ENTRY)) {
        continue;
      }
      boolean free = true;
      int inWeek = 0;
      for (Instant[] d : person.duties()) {
        boolean rested =
            !d[1].plusSeconds(16 * 3600).isAfter(start)
                || !end.plusSeconds(16 * 3600).isAfter(d[0]);
        if (!rested) {
          free = false;
          break;
        }
        if (d[0].isAfter(start.minusSeconds(7 * 86400))
            && d[0].isBefore(start.plusSeconds(7 * 86400))) {
          inWeek++;
        }
      }
      if (!free || inWeek >= 6) {
        continue;
      }
      int score =
          load.getOrDefault(person.id(), 0) * 10 + (person.region().equals(post.region()) ? 0 : 3);
      if (score < bestScore) {
        best = person;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean holds(Connection db, UUID person, Qualification q) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "select count(*) from rosters_person_qualification where person_id = ? and qualification = ?")) {
      s.setObject(1, person);
      s.setString(2, q.name());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1) > 0;
      }
    }
  }

  private static void team(
      Connection db,
      UUID id,
      String kind,
      String name,
      String focus,
      String region,
      Map<String, String> paths,
      OffsetDateTime stamp)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into rosters_team (id, kind, name, name_key, focus, region_code, region_path,"
                + " active, version, formed_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, true, 0, ?, ?)")) {
      s.setObject(1, id);
      s.setString(2, kind);
      s.setString(3, name);
      s.setBytes(4, NameOrder.key(name));
      s.setString(5, focus);
      s.setString(6, region);
      s.setString(7, paths.get(region));
      s.setObject(8, stamp);
      s.setObject(9, stamp);
      s.executeUpdate();
    }
  }

  static void post(Connection db, PostSpec post, Map<String, String> paths, OffsetDateTime stamp)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into rosters_post (id, name, name_key, kind, region_code, region_path, team_id,"
                + " active, version, opened_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, true, 0, ?, ?)")) {
      s.setObject(1, post.id());
      s.setString(2, post.name());
      s.setBytes(3, NameOrder.key(post.name()));
      s.setString(4, post.kind());
      s.setString(5, post.region());
      s.setString(6, paths.get(post.region()));
      s.setObject(7, post.team());
      s.setObject(8, stamp);
      s.setObject(9, stamp);
      s.executeUpdate();
    }
    try (PreparedStatement shift =
            db.prepareStatement(
                "insert into rosters_post_shift (post_id, shift_no, start_hour, hours) values (?, ?, ?, ?)");
        PreparedStatement need =
            db.prepareStatement(
                "insert into rosters_post_need (post_id, shift_no, duty_role, headcount, qualifications)"
                    + " values (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < THREE_EIGHTS.length; i++) {
        shift.setObject(1, post.id());
        shift.setInt(2, i + 1);
        shift.setInt(3, THREE_EIGHTS[i][0]);
        shift.setInt(4, THREE_EIGHTS[i][1]);
        shift.addBatch();
        for (Map.Entry<DutyRole, Integer> n : post.needs().entrySet()) {
          Set<Qualification> required = n.getKey().impliedQualifications();
          if (n.getKey() == DutyRole.RECORDER) {
            required.add(Qualification.DATA_ENTRY);
          }
          need.setObject(1, post.id());
          need.setInt(2, i + 1);
          need.setString(3, n.getKey().name());
          need.setInt(4, n.getValue());
          need.setString(5, String.join(",", required.stream().sorted().map(Enum::name).toList()));
          need.addBatch();
        }
      }
      shift.executeBatch();
      need.executeBatch();
    }
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

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(("shaodian-demo/" + name).getBytes(StandardCharsets.UTF_8));
  }
}
