package org.shaodian.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.text.NameOrder;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.Qualification;

/**
 * Fills {@code rosters_person} and {@code rosters_person_qualification} of a database the
 * application has already migrated (demo regions loaded) with generated people who serve: {@code
 * --town-people} whose home region is the town {@code --town} or one of its villages, and {@code
 * --city-people} more over all the other towns and villages under {@code --city}. Loads with
 * PostgreSQL COPY, the table's secondary indexes dropped during the load and built again after it,
 * then VACUUM ANALYZE. Names are realistic (common surnames, one or two given characters, many
 * duplicates) and their {@code name_key} is the application's own ({@link NameOrder#key}); the data
 * is the same for the same {@code --seed}.
 *
 * <pre>
 * java -cp … org.shaodian.bench.PeopleData --jdbc jdbc:postgresql://127.0.0.1:5432/shaodian_bench \
 *     --user postgres [--password x] [--town 330182107000 --town-people 50000] \
 *     [--city 330100 --city-people 1000000] [--seed 5]
 * </pre>
 */
public final class PeopleData {

  /** Common surnames, the most frequent first (weighted below by rank). */
  static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤童洪章温诸葛欧阳";

  /** Characters common in given names. */
  static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧巧美玉平刚桂兰文辉建国晓红云飞鹏宇浩"
          + "婷雪琳晨欣怡子轩梓涵一诺佳琪志宏海波春梅秋菊冬梅振东立新卫东永福金凤荣霞"
          + "俊峰嘉豪思远雨桐家乐小龙德胜国庆红梅林燕海燕成龙婉清若曦天佑";

  private static final int BATCH = 50_000;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx", Locale.ROOT);

  private final SplittableRandom random;
  private final String[] surnames;
  private final double[] surnameCumulative;
  private final Map<String, String> nameKeys = new HashMap<>();
  private final Affiliation[] affiliations = Affiliation.values();
  private final Qualification[] qualifications = Qualification.values();
  private final String now =
      OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(TIMESTAMP).replace("+00:00", "+00");

  PeopleData(long seed) {
    random = new SplittableRandom(seed);
    List<String> list = new ArrayList<>();
    // the two compound surnames at the end, then one character each
    String singles = SURNAMES.substring(0, SURNAMES.length() - 4);
    singles.codePoints().forEach(c -> list.add(new String(Character.toChars(c))));
    list.add("诸葛");
    list.add("欧阳");
    surnames = list.toArray(String[]::new);
    // Zipf-like: the first surnames are far more common, as in life (王, 李, 张 …)
    surnameCumulative = new double[surnames.length];
    double sum = 0;
    for (int i = 0; i < surnames.length; i++) {
      sum += 1.0 / Math.pow(i + 1, 0.9);
      surnameCumulative[i] = sum;
    }
    for (int i = 0; i < surnames.length; i++) {
      surnameCumulative[i] /= sum;
    }
  }

  /** A region people get as their home region. */
  record Home(String code, String path) {}

  /** What one run loaded, and how fast. */
  record Loaded(long people, long qualifications, double copySeconds, double indexSeconds) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/shaodian_bench");
    String user = options.getOrDefault("user", "postgres");
    String password = options.getOrDefault("password", "");
    String town = options.getOrDefault("town", "330182107000");
    String city = options.getOrDefault("city", "330100");
    int townPeople = Integer.parseInt(options.getOrDefault("town-people", "50000"));
    int cityPeople = Integer.parseInt(options.getOrDefault("city-people", "1000000"));
    long seed = Long.parseLong(options.getOrDefault("seed", "5"));
    installTheServersKeys();

    try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
      PeopleData data = new PeopleData(seed);
      String townPath = path(db, town);
      String cityPath = path(db, city);
      List<Home> townHomes = new ArrayList<>();
      List<Home> otherHomes = new ArrayList<>();
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select code, path from kernel_region where level in ('TOWN', 'VILLAGE')"
                      + " and path like '"
                      + cityPath
                      + "%' order by path")) {
        while (rs.next()) {
          Home home = new Home(rs.getString(1), rs.getString(2));
          (home.path().startsWith(townPath) ? townHomes : otherHomes).add(home);
        }
      }
      if (townHomes.isEmpty() || otherHomes.isEmpty()) {
        throw new IllegalStateException(
            "no towns or villages in kernel_region under "
                + cityPath
                + ": start the application once with SHAODIAN_DEMO_DATA=true");
      }
      System.err.printf(
          Locale.ROOT,
          "people-data: %,d people over %d regions of %s, %,d over %d other regions of %s%n",
          townPeople,
          townHomes.size(),
          town,
          cityPeople,
          otherHomes.size(),
          city);
      Loaded loaded = data.load(db, townHomes, townPeople, otherHomes, cityPeople);
      long vacuumStart = System.nanoTime();
      db.setAutoCommit(true);
      try (Statement st = db.createStatement()) {
        st.execute("vacuum analyze rosters_person");
        st.execute("vacuum analyze rosters_person_qualification");
      }
      double vacuumSeconds = (System.nanoTime() - vacuumStart) / 1e9;
      long rows = loaded.people() + loaded.qualifications();
      double total = loaded.copySeconds() + loaded.indexSeconds() + vacuumSeconds;
      System.out.printf(
          Locale.ROOT,
          "people-data: loaded %,d people and %,d qualifications in %.1f s by COPY (%,.0f rows/s,"
              + " %,.0f people/s); indexes %.1f s, vacuum analyze %.1f s; %,.0f rows/s in all%n",
          loaded.people(),
          loaded.qualifications(),
          loaded.copySeconds(),
          rows / loaded.copySeconds(),
          loaded.people() / loaded.copySeconds(),
          loaded.indexSeconds(),
          vacuumSeconds,
          rows / total);
      System.out.printf(
          Locale.ROOT,
          "{\"people\":%d,\"qualifications\":%d,\"copy_s\":%.2f,\"index_s\":%.2f,\"vacuum_s\":%.2f,"
              + "\"copy_rows_per_s\":%.0f,\"rows_per_s\":%.0f}%n",
          loaded.people(),
          loaded.qualifications(),
          loaded.copySeconds(),
          loaded.indexSeconds(),
          vacuumSeconds,
          rows / loaded.copySeconds(),
          rows / total);
    }
  }

  Loaded load(
      Connection db, List<Home> townHomes, int townPeople, List<Home> otherHomes, int otherPeople)
      throws SQLException, IOException {
    db.setAutoCommit(false);
    // secondary indexes are built once after the load rather than row by row during it
    Map<String, String> indexes = new LinkedHashMap<>();
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select indexname, indexdef from pg_indexes where schemaname = current_schema()"
                    + " and tablename = 'rosters_person' and indexname not in"
                    + " (select conname from pg_constraint)")) {
      while (rs.next()) {
        indexes.put(rs.getString(1), rs.getString(2));
      }
    }
    try (Statement st = db.createStatement()) {
      for (String index : indexes.keySet()) {
        st.execute("drop index " + index);
      }
    }
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    long start = System.nanoTime();
    long[] qualificationRows = {0};
    copyPeople(copy, townHomes, townPeople, qualificationRows);
    copyPeople(copy, otherHomes, otherPeople, qualificationRows);
    double copySeconds = (System.nanoTime() - start) / 1e9;
    long indexStart = System.nanoTime();
    try (Statement st = db.createStatement()) {
      st.execute("set maintenance_work_mem = '512MB'");
      for (String definition : indexes.values()) {
        st.execute(definition);
      }
    }
    db.commit();
    double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
    return new Loaded(
        (long) townPeople + otherPeople, qualificationRows[0], copySeconds, indexSeconds);
  }

  private void copyPeople(CopyManager copy, List<Home> homes, int count, long[] qualificationRows)
      throws SQLException, IOException {
    StringBuilder people = new StringBuilder(BATCH * 200);
    StringBuilder held = new StringBuilder(BATCH * 60);
    for (int i = 0; i < count; i++) {
      // spread evenly over the regions, in a random order
      person(homes.get(random.nextInt(homes.size())), people, held, qualificationRows);
      if ((i + 1) % BATCH == 0 || i + 1 == count) {
        copy.copyIn(
            "copy rosters_person (id, name, name_key, phone, affiliation, party_member,"
                + " home_region, region_path, active, version, registered_at, updated_at)"
                + " from stdin",
            new StringReader(people.toString()));
        copy.copyIn(
            "copy rosters_person_qualification (person_id, qualification) from stdin",
            new StringReader(held.toString()));
        people.setLength(0);
        held.setLength(0);
        if ((i + 1) % 200_000 == 0) {
          System.err.printf(Locale.ROOT, "people-data: %,d%n", i + 1);
        }
      }
    }
  }

  /**
   * The keys the server seals personal data with (SHAODIAN_PERSONAL_DATA_KEYS, "1:base64,…", the
   * highest version current; SHAODIAN_PERSONAL_DATA_INDEX_KEY), so the data reads back as the
   * application's own.
   */
  static void installTheServersKeys() {
    String keys = System.getenv("SHAODIAN_PERSONAL_DATA_KEYS");
    String index = System.getenv("SHAODIAN_PERSONAL_DATA_INDEX_KEY");
    if (keys == null || index == null) {
      throw new IllegalStateException(
          "set SHAODIAN_PERSONAL_DATA_KEYS and _INDEX_KEY as the server has them");
    }
    Map<Integer, byte[]> sealing = new HashMap<>();
    for (String entry : keys.split(",")) {
      String[] parts = entry.strip().split(":", 2);
      sealing.put(
          Integer.parseInt(parts[0]), java.util.Base64.getDecoder().decode(parts[1].strip()));
    }
    int current = sealing.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    Sealed.install(
        new Sealed.Keys(sealing, current, java.util.Base64.getDecoder().decode(index.strip())));
  }

  /** One person as a COPY text line, and their qualifications. */
  void person(Home home, StringBuilder people, StringBuilder held, long[] qualificationRows) {
    UUID id = uuid();
    String name = name();
    String key = nameKeys.computeIfAbsent(name, n -> HexFormat.of().formatHex(NameOrder.key(n)));
    people.append(id).append('\t');
    people.append(name).append('\t');
    // bytea in hex; the backslash is doubled for COPY's text format
    people.append("\\\\x").append(key).append('\t');
    // sealed as the application stores phones (its converter), under the server's keys
    people.append(Sealed.seal("PhoneNumber", phone())).append('\t');
    people.append(affiliations[random.nextInt(affiliations.length)].name()).append('\t');
    people.append(random.nextInt(100) < 30 ? 't' : 'f').append('\t');
    people.append(home.code()).append('\t');
    people.append(home.path()).append('\t');
    people.append(random.nextInt(100) < 95 ? 't' : 'f').append('\t');
    people.append("0\t").append(now).append('\t').append(now).append('\n');
    int n = random.nextInt(3);
    int first = random.nextInt(qualifications.length);
    for (int q = 0; q < n; q++) {
      // two different ones: the first and another
      int which =
          q == 0
              ? first
              : (first + 1 + random.nextInt(qualifications.length - 1)) % qualifications.length;
      held.append(id).append('\t').append(qualifications[which].name()).append('\n');
      qualificationRows[0]++;
    }
  }

  /** Surname and one (a quarter of people) or two given characters. */
  String name() {
    double r = random.nextDouble();
    int s = 0;
    while (surnameCumulative[s] < r) {
      s++;
    }
    StringBuilder name = new StringBuilder(surnames[s]);
    int given = random.nextInt(4) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }

  /** A mainland mobile number, 1[3-9] and nine digits. */
  String phone() {
    return "1"
        + (3 + random.nextInt(7))
        + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
  }

  UUID uuid() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }

  private static String path(Connection db, String code) throws SQLException {
    try (var st = db.prepareStatement("select path from kernel_region where code = ?")) {
      st.setString(1, code);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(
              "no region "
                  + code
                  + " in kernel_region: start the application once with SHAODIAN_DEMO_DATA=true");
        }
        return rs.getString(1);
      }
    }
  }

  /** {@code --name value} pairs. */
  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
