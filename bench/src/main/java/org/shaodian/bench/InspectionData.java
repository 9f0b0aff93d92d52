package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.HealthCodeColour;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.ScreeningDecision;
import org.shaodian.checkpoints.api.TravellerRole;
import org.shaodian.checkpoints.api.VehicleKind;
import org.shaodian.checkpoints.internal.inspection.DayPartitions;
import org.shaodian.checkpoints.internal.tally.TallyTotals;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.Sealed;

/**
 * Inspections at highway exits as the tablets record them, and their history as the application
 * stores it.
 *
 * <p><b>Generation</b> ({@link Generator}): vehicles — cars 70 % with 1–4 people, trucks 22 % with
 * 1–2, small buses 3 % with 1–4, others 5 % with 1 — each with its driver first; outcomes in the
 * demo generator's shares (released 92.5 %, tested on site 5 %, trucks escorted to unloading 1.8 %,
 * persuaded back 0.65 %, central isolation 0.05 %), each made possible by the travellers' checks
 * under Shouchang's tea-season screening policy and Hangzhou's (green code, a fresh test for listed
 * origins, no fever): tested on site means the driver passed a risk area 1–13 days ago, persuaded
 * back a yellow code, isolation a red one. No hand-over to home management (it writes the grids'
 * ledger and home cases, another benchmark). Names, valid ID numbers (sequences 900–999, as the
 * checkpoints demo's), mobile phones, plates ({@code 浙A12345}) and origins as the demo's.
 *
 * <p><b>As the application stores them</b> ({@link #seal}): plate, origin and per person name, ID
 * number, phone and the checks note sealed with the kernel's {@link Sealed} under the bench's keys,
 * the ID number's blind index, the content hash the application computes from what the device sent
 * ({@link #fingerprint}), and the tallies per checkpoint, duty day, shift, subject, vehicle kind
 * and outcome ({@link Tallies}).
 *
 * <p><b>History</b> ({@link #main}): {@code --exits} highway exits set up through the API ({@code
 * POST /api/v1/checkpoints} as the town's commander: each with its post, three shifts, and its map
 * feature) in a town ({@code --town}, Yangxi 330182002000 by default: no demo checkpoint there),
 * then {@code --days} days up to yesterday of about {@code --per-day} vehicles a day each, with a
 * day's rhythm (quiet at night), loaded by PostgreSQL COPY with their people and the tallies
 * counted from the same rows; on PostgreSQL's partitioned tables, each day's partitions made first
 * (the application's own, {@link DayPartitions}), so that no history lands in DEFAULT; secondary
 * indexes dropped for the load and built again, then VACUUM ANALYZE. Recorded by the people of the
 * district, under Hangzhou's policy version (the one in force over the town; also for days before
 * it took effect). Skipped when the exits already have that many days.
 *
 * <pre>
 * java -cp … org.shaodian.bench.InspectionData --url http://localhost:9780 \
 *     --jdbc jdbc:postgresql://127.0.0.1:5432/shaodian_bench_checkpoints --user shaodian \
 *     --password shaodian [--town 330182002000] [--commander yangxi-command] [--exits 3] \
 *     [--days 365] [--per-day 3500] [--seed 8]
 * </pre>
 *
 * Needs SHAODIAN_PERSONAL_DATA_KEYS and _INDEX_KEY as the server has them.
 */
public final class InspectionData {

  /** The demo's highway exit in Shouchang (checkpoints demo migration V2). */
  static final UUID SHOUCHANG_EXIT = demoId("checkpoint/shouchang-exit");

  /** Hangzhou's policy version of 2026-01-01 (checkpoints demo migration V1). */
  static final UUID HANGZHOU_POLICY =
      UUID.nameUUIDFromBytes("shaodian-demo/screening-policy/330100/2026-01-01".getBytes(UTF_8));

  /** The prefix of the bench's exits' names: how a later run finds them. */
  static final String EXIT_NAME = "基准高速出口卡口";

  /** Origins as the demo's: Hangzhou, other Zhejiang cities, Shanghai, Suzhou, Hefei, Nanchang. */
  static final String[] ORIGINS = {
    "330100", "330100", "330100", "330700", "330800", "331000", "310000", "320500", "340100",
    "360100"
  };

  /** Shouchang's tea-season policy: origins that need a test younger than 48 h. */
  static final List<String> TEST_ORIGINS =
      List.of(
          "31", "32", "34", "3302", "3303", "3304", "3305", "3306", "3307", "3308", "3309", "3310",
          "3311");

  static final int RISK_AREA_DAYS = 14;
  static final int TEST_MAX_AGE_HOURS = 48;
  static final BigDecimal FEVER_FROM = new BigDecimal("37.3");

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
  private static final String GIVEN = "建国华明丽英伟芳军平红梅海燕志强春秀云峰磊静洋勇杰涛超霞刚";
  private static final String PROVINCES = "浙浙浙浙沪苏皖赣闽";
  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

  /** One person of an inspection and what the checks found; {@code decision} as the policy's. */
  record Traveller(
      TravellerRole role,
      String name,
      String idNumber,
      String phone,
      HealthCodeColour healthCode,
      Integer riskAreaDaysAgo,
      Integer testAgeHours,
      BigDecimal temperature,
      ScreeningDecision decision) {}

  /** One inspection of a vehicle, all four steps, with the duty day and shift it is counted in. */
  record Item(
      UUID id,
      UUID checkpoint,
      int lane,
      VehicleKind vehicleKind,
      String plate,
      String origin,
      Instant guidedAt,
      Instant verifiedAt,
      Instant recordedAt,
      Instant divertedAt,
      DivertOutcome outcome,
      UUID recorder,
      List<Traveller> people,
      LocalDate day,
      int shift) {

    TallyKey tallyKey() {
      return new TallyKey(checkpoint, day, shift, vehicleKind.name(), outcome);
    }
  }

  /** What a tally counts (the subject is always VEHICLE here). */
  record TallyKey(
      UUID checkpoint, LocalDate day, int shift, String vehicleKind, DivertOutcome outcome)
      implements Comparable<TallyKey> {

    @Override
    public int compareTo(TallyKey o) {
      int c = checkpoint.compareTo(o.checkpoint);
      if (c == 0) {
        c = day.compareTo(o.day);
      }
      if (c == 0) {
        c = Integer.compare(shift, o.shift);
      }
      if (c == 0) {
        c = vehicleKind.compareTo(o.vehicleKind);
      }
      return c != 0 ? c : outcome.name().compareTo(o.outcome.name());
    }
  }

  /** An item's values as the application stores them: sealed, indexed, hashed. */
  record SealedItem(
      Item item,
      String plate,
      String origin,
      String contentHash,
      String[] names,
      String[] idNumbers,
      String[] idIndexes,
      String[] phones,
      String[] checks) {}

  /** Inspections and people counted per tally key, in key order (the order locks are taken). */
  static final class Tallies {

    final Map<TallyKey, long[]> counts = new TreeMap<>();

    void add(Item item) {
      long[] c = counts.computeIfAbsent(item.tallyKey(), k -> new long[2]);
      c[0]++;
      c[1] += item.people().size();
    }

    long inspections() {
      return counts.values().stream().mapToLong(c -> c[0]).sum();
    }

    long people() {
      return counts.values().stream().mapToLong(c -> c[1]).sum();
    }
  }

  /** Makes inspections; not thread-safe. */
  static final class Generator {

    private final SplittableRandom random;
    private final boolean randomIds;

    /**
     * @param randomIds ids from {@link UUID#randomUUID()} (a run's own, never met before) rather
     *     than from the seed (the same every run)
     */
    Generator(long seed, boolean randomIds) {
      this.random = new SplittableRandom(seed);
      this.randomIds = randomIds;
    }

    /**
     * A vehicle recorded at {@code recorded} by {@code recorder}, counted in {@code day} and {@code
     * shift}; guided 30–110 s before, verified between, diverted 5–35 s after.
     */
    Item vehicle(UUID checkpoint, UUID recorder, Instant recorded, LocalDate day, int shift) {
      VehicleKind kind = kind();
      int people =
          switch (kind) {
            case CAR, BUS -> 1 + random.nextInt(4);
            case TRUCK -> 1 + random.nextInt(2);
            case OTHER -> 1;
          };
      double roll = random.nextDouble();
      DivertOutcome outcome =
          roll < 0.925
              ? DivertOutcome.RELEASED
              : roll < 0.975
                  ? DivertOutcome.TESTED_ON_SITE
                  : roll < 0.993
                      ? (kind == VehicleKind.TRUCK
                          ? DivertOutcome.ESCORTED_TO_UNLOADING
                          : DivertOutcome.RELEASED)
                      : roll < 0.9995
                          ? DivertOutcome.PERSUADED_BACK
                          : DivertOutcome.CENTRAL_ISOLATION;
      String origin = ORIGINS[random.nextInt(ORIGINS.length)];
      List<Traveller> travellers = new ArrayList<>(people);
      for (int p = 0; p < people; p++) {
        travellers.add(traveller(p == 0, p == 0 ? outcome : DivertOutcome.RELEASED, origin));
      }
      Instant guided = recorded.minusSeconds(30 + random.nextInt(81));
      Instant verified = guided.plusSeconds(20 + random.nextInt(10));
      Instant diverted = recorded.plusSeconds(5 + random.nextInt(31));
      int lane =
          outcome == DivertOutcome.TESTED_ON_SITE
              ? 4
              : kind == VehicleKind.TRUCK ? 3 : 1 + random.nextInt(2);
      return new Item(
          id(),
          checkpoint,
          lane,
          kind,
          plate(),
          origin,
          guided,
          verified,
          recorded,
          diverted,
          outcome,
          recorder,
          List.copyOf(travellers),
          day,
          shift);
    }

    /** The driver's checks make the outcome possible; everyone else passes. */
    private Traveller traveller(boolean driver, DivertOutcome outcome, String origin) {
      HealthCodeColour code =
          outcome == DivertOutcome.PERSUADED_BACK
              ? HealthCodeColour.YELLOW
              : outcome == DivertOutcome.CENTRAL_ISOLATION
                  ? HealthCodeColour.RED
                  : HealthCodeColour.GREEN;
      // a passage through a risk area 1–13 days ago is tested on site; 3 % passed one long ago
      Integer riskDays = null;
      if (outcome == DivertOutcome.TESTED_ON_SITE) {
        riskDays = 1 + random.nextInt(RISK_AREA_DAYS - 1);
      } else if (random.nextInt(100) < 3) {
        riskDays = RISK_AREA_DAYS + 6 + random.nextInt(40);
      }
      // a proof younger than 48 h (Shouchang) and so than 72 h (Hangzhou); 36.1–36.9 ℃
      Integer testAge = 2 + random.nextInt(TEST_MAX_AGE_HOURS - 2);
      BigDecimal temperature = BigDecimal.valueOf(361 + random.nextInt(9), 1);
      String name =
          SURNAMES.charAt(random.nextInt(SURNAMES.length()))
              + String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())))
              + (random.nextInt(3) == 0
                  ? ""
                  : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
      String phone =
          random.nextInt(100) < 95
              ? "1"
                  + (3 + random.nextInt(7))
                  + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000))
              : null;
      return new Traveller(
          driver ? TravellerRole.DRIVER : TravellerRole.PASSENGER,
          name,
          idNumber(),
          phone,
          code,
          riskDays,
          testAge,
          temperature,
          judge(code, riskDays, testAge, temperature, origin));
    }

    private VehicleKind kind() {
      double r = random.nextDouble();
      return r < 0.70
          ? VehicleKind.CAR
          : r < 0.92 ? VehicleKind.TRUCK : r < 0.95 ? VehicleKind.BUS : VehicleKind.OTHER;
    }

    private String plate() {
      StringBuilder plate = new StringBuilder(7);
      plate.append(PROVINCES.charAt(random.nextInt(PROVINCES.length())));
      plate.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      plate.append(String.format(Locale.ROOT, "%05d", random.nextInt(100_000)));
      return plate.toString();
    }

    /** A valid ID number (GB 11643), born 1950–2004, sequence 900–999 as the demo's. */
    String idNumber() {
      LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
      String first17 =
          "3301"
              + String.format(Locale.ROOT, "%02d", 2 + random.nextInt(20))
              + born.toString().replace("-", "")
              + (900 + random.nextInt(100));
      return first17 + IdNumber.checkDigit(first17);
    }

    private UUID id() {
      if (randomIds) {
        return UUID.randomUUID();
      }
      long most = (random.nextLong() & ~0xF000L) | 0x4000L;
      long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
      return new UUID(most, least);
    }
  }

  private InspectionData() {}

  /**
   * What Shouchang's tea-season policy (and so Hangzhou's, which asks less) says of a traveller:
   * not released with a yellow or red code or a fever, tested on site after a risk area in the last
   * 14 days or without a test younger than 48 h when coming from a listed region.
   */
  static ScreeningDecision judge(
      HealthCodeColour code,
      Integer riskDays,
      Integer testAge,
      BigDecimal temperature,
      String origin) {
    if (code != HealthCodeColour.GREEN || temperature.compareTo(FEVER_FROM) >= 0) {
      return ScreeningDecision.REFER;
    }
    boolean listed = origin == null || TEST_ORIGINS.stream().anyMatch(origin::startsWith);
    if ((riskDays != null && riskDays < RISK_AREA_DAYS)
        || (listed && (testAge == null || testAge >= TEST_MAX_AGE_HOURS))) {
      return ScreeningDecision.TEST_ON_SITE;
    }
    return ScreeningDecision.PASS;
  }

  /** The checks note the application seals for a traveller (InspectionDesk.checks). */
  static String checks(Traveller t) {
    return t.healthCode().label().zh()
        + ";"
        + (t.riskAreaDaysAgo() == null ? "无风险地区行程" : t.riskAreaDaysAgo() + "天前途经风险地区")
        + ";"
        + (t.testAgeHours() == null ? "无核酸证明" : "核酸" + t.testAgeHours() + "小时")
        + ";"
        + t.temperature().toPlainString()
        + "℃"
        + ";判定:"
        + t.decision().label().zh();
  }

  /**
   * The keyed hash the application keeps of what the device sent (InspectionDesk.fingerprint): the
   * same text, the same key; a resend of this item is then a duplicate, not a conflict.
   */
  static String fingerprint(Item item) {
    StringBuilder text = new StringBuilder(400);
    text.append(item.id()).append('|').append(item.checkpoint()).append('|').append(item.lane());
    text.append('|').append(InspectionSubject.VEHICLE).append('|').append(item.vehicleKind());
    text.append('|').append(item.plate().strip().toUpperCase(Locale.ROOT));
    text.append('|').append(item.origin()).append('|').append((String) null);
    text.append('|').append((String) null);
    text.append('|').append(item.guidedAt()).append('|').append(item.verifiedAt());
    text.append('|').append(item.recordedAt()).append('|').append(item.divertedAt());
    text.append('|').append(item.outcome()).append('|').append(item.recorder());
    for (Traveller t : item.people()) {
      text.append("|[").append(t.role()).append(',').append(t.name().strip());
      text.append(',').append(t.idNumber().toUpperCase(Locale.ROOT)).append(',').append(t.phone());
      text.append(',').append(t.healthCode()).append(',').append(t.riskAreaDaysAgo());
      text.append(',').append(t.testAgeHours()).append(',');
      text.append(
          t.temperature() == null ? null : t.temperature().stripTrailingZeros().toPlainString());
      text.append(']');
    }
    return Sealed.fingerprint("checkpoints-inspection", text.toString());
  }

  /** The item sealed as the application's converters seal it (a random IV each time). */
  static SealedItem seal(Item item) {
    int n = item.people().size();
    String[] names = new String[n];
    String[] ids = new String[n];
    String[] indexes = new String[n];
    String[] phones = new String[n];
    String[] checks = new String[n];
    for (int i = 0; i < n; i++) {
      Traveller t = item.people().get(i);
      names[i] = Sealed.seal("PersonName", t.name());
      ids[i] = Sealed.seal("IdNumber", t.idNumber());
      indexes[i] = Sealed.blindIndex(IdNumber.of(t.idNumber()));
      phones[i] = t.phone() == null ? null : Sealed.seal("PhoneNumber", t.phone());
      checks[i] = Sealed.seal("HealthNote", checks(t));
    }
    return new SealedItem(
        item,
        Sealed.seal("PlateNumber", item.plate()),
        Sealed.seal("TravelHistory", item.origin()),
        fingerprint(item),
        names,
        ids,
        indexes,
        phones,
        checks);
  }

  /** The item as the device sends it ({@code InspectionForm}). */
  static String json(Item item) {
    StringBuilder json = new StringBuilder(900);
    json.append("{\"id\":\"").append(item.id());
    json.append("\",\"checkpoint\":\"").append(item.checkpoint());
    json.append("\",\"lane\":").append(item.lane());
    json.append(",\"subject\":\"VEHICLE\",\"vehicleKind\":\"").append(item.vehicleKind());
    json.append("\",\"plate\":\"").append(item.plate());
    json.append("\",\"origin\":\"").append(item.origin());
    json.append("\",\"guidedAt\":\"").append(item.guidedAt());
    json.append("\",\"verifiedAt\":\"").append(item.verifiedAt());
    json.append("\",\"recordedAt\":\"").append(item.recordedAt());
    json.append("\",\"divertedAt\":\"").append(item.divertedAt());
    json.append("\",\"outcome\":\"").append(item.outcome());
    json.append("\",\"recorder\":\"").append(item.recorder());
    json.append("\",\"people\":[");
    for (int i = 0; i < item.people().size(); i++) {
      Traveller t = item.people().get(i);
      json.append(i == 0 ? "" : ",");
      json.append("{\"role\":\"").append(t.role());
      json.append("\",\"name\":\"").append(t.name());
      json.append("\",\"idNumber\":\"").append(t.idNumber());
      if (t.phone() != null) {
        json.append("\",\"phone\":\"").append(t.phone());
      }
      json.append("\",\"healthCode\":\"").append(t.healthCode()).append('"');
      if (t.riskAreaDaysAgo() != null) {
        json.append(",\"riskAreaDaysAgo\":").append(t.riskAreaDaysAgo());
      }
      if (t.testAgeHours() != null) {
        json.append(",\"testAgeHours\":").append(t.testAgeHours());
      }
      json.append(",\"temperature\":").append(t.temperature().toPlainString()).append('}');
    }
    return json.append("]}").toString();
  }

  /** A device batch ({@code InspectionBatch}). */
  static String batchJson(List<Item> items) {
    StringBuilder json = new StringBuilder(items.size() * 800 + 16).append("{\"items\":[");
    for (int i = 0; i < items.size(); i++) {
      json.append(i == 0 ? "" : ",").append(json(items.get(i)));
    }
    return json.append("]}").toString();
  }

  // ---------------------------------------------------------------- rows as stored

  /** Timestamps as PostgreSQL reads them (ISO 8601, UTC). */
  private static String ts(Instant at) {
    return at.toString();
  }

  /** An inspection as a COPY text line (columns of {@link #COPY_INSPECTIONS}). */
  static String inspectionLine(
      SealedItem s, String regionPath, UUID policy, String recordedBy, Instant received) {
    Item i = s.item();
    StringBuilder line = new StringBuilder(600);
    line.append(i.id()).append('\t').append(i.checkpoint()).append('\t').append(i.lane());
    line.append('\t').append(regionPath).append("\tVEHICLE\t").append(i.vehicleKind());
    line.append('\t').append(s.plate()).append('\t').append(s.origin()).append("\t\\N\t");
    line.append(ts(i.guidedAt())).append('\t').append(ts(i.verifiedAt())).append('\t');
    line.append(ts(i.recordedAt())).append('\t').append(ts(i.divertedAt())).append('\t');
    line.append(i.day()).append('\t').append(i.shift()).append('\t').append(i.outcome());
    line.append('\t').append(i.people().size()).append('\t').append(policy);
    line.append('\t').append(i.recorder()).append('\t').append(recordedBy).append("\t\\N\t");
    line.append(s.contentHash()).append('\t').append(ts(received)).append("\t\\N\t\\N\t0\n");
    return line.toString();
  }

  static final String COPY_INSPECTIONS =
      "copy checkpoints_inspection (id, checkpoint_id, lane_no, region_path, subject,"
          + " vehicle_kind, plate, origin, destination, guided_at, verified_at, recorded_at,"
          + " diverted_at, duty_day, shift_no, outcome, people, policy_id, recorder, recorded_by,"
          + " batch_id, content_hash, received_at, test_result, test_result_at, version)"
          + " from stdin";

  /**
   * The item's people as COPY text lines (columns of {@link #COPY_PEOPLE}), each with the
   * inspection's duty day (the column PostgreSQL partitions them by).
   */
  static String personLines(SealedItem s) {
    StringBuilder lines = new StringBuilder(500 * s.names().length);
    for (int p = 0; p < s.names().length; p++) {
      lines.append(s.item().id()).append('\t').append(p + 1).append('\t');
      lines.append(s.item().people().get(p).role()).append('\t').append(s.names()[p]);
      lines.append('\t').append(s.idNumbers()[p]).append('\t').append(s.idIndexes()[p]);
      lines.append('\t').append(s.phones()[p] == null ? "\\N" : s.phones()[p]);
      lines.append('\t').append(s.checks()[p]).append('\t').append(s.item().day()).append('\n');
    }
    return lines.toString();
  }

  static final String COPY_PEOPLE =
      "copy checkpoints_inspected_person (inspection_id, seq, role, name, id_number, id_index,"
          + " phone, checks, duty_day) from stdin";

  static final String COPY_TALLIES =
      "copy checkpoints_tally (checkpoint_id, duty_day, shift_no, subject, vehicle_kind, outcome,"
          + " region_path, inspections, people, inspections_to_date, people_to_date) from stdin";

  // ---------------------------------------------------------------- history

  /** A checkpoint of the bench's: id, name, region path. */
  record Exit(UUID id, String name, String regionPath) {}

  /** What a history load did. */
  record Loaded(
      long inspections,
      long people,
      long tallies,
      int days,
      double copySeconds,
      double indexSeconds,
      double vacuumSeconds) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = PeopleData.options(args);
    URI base = URI.create(o.getOrDefault("url", "http://localhost:9780"));
    String jdbc =
        o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/shaodian_bench_checkpoints");
    String user = o.getOrDefault("user", "shaodian");
    String password = o.getOrDefault("password", "shaodian");
    String town = o.getOrDefault("town", "330182002000");
    String commander = o.getOrDefault("commander", "yangxi-command");
    int exits = Integer.parseInt(o.getOrDefault("exits", "3"));
    int days = Integer.parseInt(o.getOrDefault("days", "365"));
    int perDay = Integer.parseInt(o.getOrDefault("per-day", "3500"));
    long seed = Long.parseLong(o.getOrDefault("seed", "8"));
    PeopleData.installTheServersKeys();

    try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
      db.setAutoCommit(true);
      List<Exit> list = exits(db, base, town, commander, exits);
      LocalDate yesterday = LocalDate.now(RosterAcceptBenchmark.ZONE).minusDays(1);
      LocalDate from = yesterday.minusDays(days - 1L);
      int have = historyDays(db, list, from, yesterday);
      if (have == days && daysBefore(db, list, from) == 0) {
        log(
            "%d exits in %s already have %d days of history (%s to %s): nothing to load",
            list.size(), town, days, from, yesterday);
        System.out.printf(
            Locale.ROOT,
            "inspection-data: %d exits in %s, %d days of history kept (%s to %s), %,d inspections%n",
            list.size(),
            town,
            days,
            from,
            yesterday,
            count(db, list));
        return;
      }
      clearHistory(db, list);
      UUID policy = HANGZHOU_POLICY;
      List<UUID> recorders = recorders(db, "/330100/330182/");
      Loaded loaded = load(db, list, from, yesterday, perDay, policy, recorders, seed);
      long rows = loaded.inspections() + loaded.people() + loaded.tallies();
      double total = loaded.copySeconds() + loaded.indexSeconds() + loaded.vacuumSeconds();
      System.out.printf(
          Locale.ROOT,
          "inspection-data: %d highway exits in %s, %d days (%s to %s), about %,d vehicles a day"
              + " each%n"
              + "inspection-data: loaded %,d inspections, %,d people, %,d tally rows in %.1f s by"
              + " COPY (%,.0f inspections/s, sealed on %d threads); indexes and tally totals %.1f s,"
              + " vacuum analyze"
              + " %.1f s; %,.0f rows/s in all%n",
          list.size(),
          town,
          days,
          from,
          yesterday,
          perDay,
          loaded.inspections(),
          loaded.people(),
          loaded.tallies(),
          loaded.copySeconds(),
          loaded.inspections() / Math.max(1e-9, loaded.copySeconds()),
          Runtime.getRuntime().availableProcessors(),
          loaded.indexSeconds(),
          loaded.vacuumSeconds(),
          rows / Math.max(1e-9, total));
      System.out.printf(
          Locale.ROOT,
          "{\"exits\":%d,\"days\":%d,\"per_day\":%d,\"inspections\":%d,\"people\":%d,"
              + "\"tallies\":%d,\"copy_s\":%.2f,\"index_s\":%.2f,\"vacuum_s\":%.2f}%n",
          list.size(),
          days,
          perDay,
          loaded.inspections(),
          loaded.people(),
          loaded.tallies(),
          loaded.copySeconds(),
          loaded.indexSeconds(),
          loaded.vacuumSeconds());
    }
  }

  /**
   * The bench's highway exits in the town ({@link #EXIT_NAME} 1…n), set up through the API as the
   * town's commander where missing.
   */
  static List<Exit> exits(Connection db, URI base, String town, String commander, int count)
      throws Exception {
    ResidentData.Place place = ResidentData.place(db, town);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    for (int n = 1; n <= count; n++) {
      String name = EXIT_NAME + n + "号";
      if (findExit(db, town, name) != null) {
        continue;
      }
      String body =
          """
          {"name":"%s","kind":"HIGHWAY_EXIT","region":"%s","location":{"lon":%s,"lat":%s},
           "hours":"24小时","contact":"防控指挥部 0571-64700000",
           "lanes":[{"name":"1号车道","kind":"VEHICLES"},{"name":"2号车道","kind":"VEHICLES"},
                    {"name":"货车通道","kind":"TRUCKS"},{"name":"核酸绿色通道","kind":"GREEN_TESTING"}]}
          """
              .formatted(
                  name,
                  town,
                  String.format(Locale.ROOT, "%.4f", 119.27 + 0.01 * n),
                  String.format(Locale.ROOT, "%.4f", 29.47 + 0.005 * n));
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(base.toString().replaceAll("/+$", "") + "/api/v1/checkpoints"))
                  .timeout(Duration.ofSeconds(60))
                  .header("Authorization", ResidentData.basic(commander))
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString(UTF_8));
      if (response.statusCode() != 201) {
        throw new IllegalStateException(
            "setting up " + name + " answered " + response.statusCode() + ": " + response.body());
      }
      log("set up %s in %s (%s)", name, town, place.name());
    }
    List<Exit> exits = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      exits.add(findExit(db, town, EXIT_NAME + n + "号"));
    }
    return exits;
  }

  private static Exit findExit(Connection db, String town, String name) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select id, name, region_path from checkpoints_checkpoint where region_code = ?"
                + " and open_name = ?")) {
      st.setString(1, town);
      st.setString(2, name);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? new Exit((UUID) rs.getObject(1), rs.getString(2), rs.getString(3))
            : null;
      }
    }
  }

  static UUID[] ids(List<Exit> exits) {
    return exits.stream().map(Exit::id).toArray(UUID[]::new);
  }

  /** How many days from {@code from} to {@code to} the exits' tallies cover. */
  static int historyDays(Connection db, List<Exit> exits, LocalDate from, LocalDate to)
      throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(distinct duty_day) from checkpoints_tally where checkpoint_id = any(?)"
                + " and duty_day between ? and ?")) {
      st.setArray(1, db.createArrayOf("uuid", ids(exits)));
      st.setObject(2, from);
      st.setObject(3, to);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static long daysBefore(Connection db, List<Exit> exits, LocalDate from)
      throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(*) from checkpoints_tally where checkpoint_id = any(?) and duty_day < ?")) {
      st.setArray(1, db.createArrayOf("uuid", ids(exits)));
      st.setObject(2, from);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static long count(Connection db, List<Exit> exits) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(*) from checkpoints_inspection where checkpoint_id = any(?)")) {
      st.setArray(1, db.createArrayOf("uuid", ids(exits)));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Deletes the exits' inspections, their people and tallies. */
  static void clearHistory(Connection db, List<Exit> exits) throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement people =
            db.prepareStatement(
                "delete from checkpoints_inspected_person where inspection_id in (select id from"
                    + " checkpoints_inspection where checkpoint_id = any(?))");
        PreparedStatement inspections =
            db.prepareStatement("delete from checkpoints_inspection where checkpoint_id = any(?)");
        PreparedStatement tallies =
            db.prepareStatement("delete from checkpoints_tally where checkpoint_id = any(?)");
        PreparedStatement series =
            db.prepareStatement(
                "delete from checkpoints_tally_series where checkpoint_id = any(?)")) {
      for (PreparedStatement st : List.of(people, inspections, tallies, series)) {
        st.setArray(1, db.createArrayOf("uuid", ids(exits)));
        st.executeUpdate();
      }
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
  }

  /** Up to 12 people who serve in the region (by id), to record the history. */
  static List<UUID> recorders(Connection db, String path) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select id from rosters_person where region_path like ? order by id limit 12")) {
      st.setString(1, path + "%");
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add((UUID) rs.getObject(1));
        }
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("nobody serves under " + path + ": demo data missing?");
    }
    return ids;
  }

  /**
   * A day of one exit: hour by hour with the day's rhythm (0.25 of the mean at night, 0.7 in the
   * early morning and late evening, 1.4 by day), 0.8–1.2 of that each hour; shift by the hour the
   * vehicle was recorded (00–08, 08–16, 16–24), duty day its date (Asia/Shanghai).
   */
  static List<Item> day(
      Generator generator,
      SplittableRandom random,
      UUID exit,
      LocalDate date,
      int perDay,
      List<UUID> recorders) {
    List<Item> items = new ArrayList<>(perDay + perDay / 4);
    for (int hour = 0; hour < 24; hour++) {
      double rhythm = hour < 6 ? 0.25 : hour < 8 || hour >= 21 ? 0.7 : 1.4;
      int count = (int) Math.round(perDay / 24.0 * rhythm * (0.8 + random.nextDouble() * 0.4));
      ZonedDateTime start = date.atTime(hour, 0).atZone(RosterAcceptBenchmark.ZONE);
      for (int n = 0; n < count; n++) {
        Instant recorded = start.toInstant().plusSeconds(random.nextInt(3600));
        items.add(
            generator.vehicle(
                exit,
                recorders.get(random.nextInt(recorders.size())),
                recorded,
                date,
                hour / 8 + 1));
      }
    }
    return items;
  }

  /**
   * Loads the exits' days from {@code from} to {@code to} with COPY in one transaction: their
   * inspections, people and tallies; the days' partitions made first ({@link #ensurePartitions}),
   * the three tables' secondary indexes dropped and built again after (on the partitioned tables,
   * with every partition's copy: {@link SecondaryIndexes}); then VACUUM ANALYZE (on a partitioned
   * table, of each partition and of the parent's statistics, which autovacuum never gathers).
   */
  static Loaded load(
      Connection db,
      List<Exit> exits,
      LocalDate from,
      LocalDate to,
      int perDay,
      UUID policy,
      List<UUID> recorders,
      long seed)
      throws SQLException, IOException {
    List<String> tables =
        List.of(DayPartitions.INSPECTIONS, DayPartitions.PEOPLE, "checkpoints_tally");
    int made = ensurePartitions(db, from, to);
    if (made > 0) {
      log("made the partitions of %d days (%s to %s)", made, from, to);
    }
    db.setAutoCommit(false);
    SecondaryIndexes indexes = SecondaryIndexes.drop(db, tables);
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    Generator generator = new Generator(seed, false);
    SplittableRandom random = new SplittableRandom(seed + 1);
    Tallies tallies = new Tallies();
    Map<UUID, String> paths = new LinkedHashMap<>();
    exits.forEach(e -> paths.put(e.id(), e.regionPath()));
    long start = System.nanoTime();
    long inspections = 0;
    long people = 0;
    int days = 0;
    List<Item> pending = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      for (Exit exit : exits) {
        for (Item item : day(generator, random, exit.id(), date, perDay, recorders)) {
          pending.add(item);
          tallies.add(item);
          people += item.people().size();
        }
      }
      days++;
      if (pending.size() >= 40_000 || date.equals(to)) {
        inspections += copy(copy, pending, paths, policy);
        pending.clear();
        if (days % 30 == 0 || date.equals(to)) {
          log("%d days, %,d inspections", days, inspections);
        }
      }
    }
    StringBuilder tallyLines = new StringBuilder(tallies.counts.size() * 120);
    for (Map.Entry<TallyKey, long[]> t : tallies.counts.entrySet()) {
      TallyKey k = t.getKey();
      tallyLines.append(k.checkpoint()).append('\t').append(k.day()).append('\t');
      tallyLines.append(k.shift()).append("\tVEHICLE\t").append(k.vehicleKind()).append('\t');
      tallyLines.append(k.outcome()).append('\t').append(paths.get(k.checkpoint())).append('\t');
      // the totals to date: counted below, from the rows, as the application's migration does
      tallyLines.append(t.getValue()[0]).append('\t').append(t.getValue()[1]).append("\t0\t0\n");
    }
    copy.copyIn(COPY_TALLIES, new StringReader(tallyLines.toString()));
    double copySeconds = (System.nanoTime() - start) / 1e9;
    long indexStart = System.nanoTime();
    indexes.rebuild(db);
    TallyTotals.recount(db);
    db.commit();
    db.setAutoCommit(true);
    double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
    long vacuumStart = System.nanoTime();
    try (Statement st = db.createStatement()) {
      for (String table : tables) {
        st.execute("vacuum analyze " + table);
      }
    }
    double vacuumSeconds = (System.nanoTime() - vacuumStart) / 1e9;
    return new Loaded(
        inspections, people, tallies.counts.size(), days, copySeconds, indexSeconds, vacuumSeconds);
  }

  /**
   * Makes both inspection tables' partitions of the days from {@code from} to {@code to} where
   * missing, with the application's own DDL ({@link DayPartitions#ensure}: the partitions, their
   * keys' names and each day's foreign key from the people to the inspections), each day in a
   * transaction of its own under the application's advisory lock, as its timer makes them
   * (PartitionSteps): a server making the week around today at the same moment takes turns with
   * this. Rows of a day without a partition would land in DEFAULT, where PostgreSQL scans them each
   * time a partition is made and the server moves them out at its next start, a year of them
   * slowly. How many days were made; none when the tables are not partitioned.
   */
  static int ensurePartitions(Connection db, LocalDate from, LocalDate to) throws SQLException {
    if (!partitioned(db)) {
      return 0;
    }
    long lock = DayPartitions.LOCK;
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    int made = 0;
    try (PreparedStatement advisory = db.prepareStatement("select pg_advisory_xact_lock(?)")) {
      advisory.setLong(1, lock);
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        advisory.executeQuery().close();
        if (DayPartitions.ensure(db, day)) {
          made++;
        }
        db.commit();
      }
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(autoCommit);
    }
    return made;
  }

  /** Whether the inspections are partitioned (PostgreSQL from the checkpoints' migration V6). */
  static boolean partitioned(Connection db) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select exists (select 1 from pg_partitioned_table where partrelid = to_regclass(?))")) {
      st.setString(1, DayPartitions.INSPECTIONS);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** COPYs the items and their people, sealed on every core. */
  private static int copy(CopyManager copy, List<Item> items, Map<UUID, String> paths, UUID policy)
      throws SQLException, IOException {
    String[][] lines =
        IntStream.range(0, items.size())
            .parallel()
            .mapToObj(
                i -> {
                  Item item = items.get(i);
                  SealedItem sealed = seal(item);
                  return new String[] {
                    inspectionLine(
                        sealed,
                        paths.get(item.checkpoint()),
                        policy,
                        "bench-history",
                        item.divertedAt().plusSeconds(1)),
                    personLines(sealed)
                  };
                })
            .toArray(String[][]::new);
    StringBuilder inspections = new StringBuilder(lines.length * 560);
    StringBuilder people = new StringBuilder(lines.length * 1000);
    for (String[] line : lines) {
      inspections.append(line[0]);
      people.append(line[1]);
    }
    copy.copyIn(COPY_INSPECTIONS, new StringReader(inspections.toString()));
    copy.copyIn(COPY_PEOPLE, new StringReader(people.toString()));
    return lines.length;
  }

  static UUID demoId(String name) {
    return UUID.nameUUIDFromBytes(("shaodian-demo/" + name).getBytes(UTF_8));
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "inspection-data: " + format + "%n", args);
  }
}
