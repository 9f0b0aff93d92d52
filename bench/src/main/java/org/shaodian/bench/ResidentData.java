package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringReader;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.text.NameOrder;

/**
 * Fills the residents register ({@code grids_building}, {@code grids_dwelling}, {@code
 * grids_resident}) of a database the application has migrated with its demo data, as the
 * application stores it: names with their {@code name_key} ({@link NameOrder#key}), ID numbers
 * valid (GB 11643 check digit, birth date) and unique, sealed ({@link Sealed#seal}, type {@code
 * IdNumber}) with their blind index ({@link Sealed#blindIndex}), phones sealed (type {@code
 * PhoneNumber}), flags as the application's rules allow them (elderly living alone from 60,
 * in-service party members are party members).
 *
 * <ol>
 *   <li>Grids: the city ({@code --city}) is brought to {@code --grids} compound grids by importing
 *       made-up ones as CSV ({@code admin}, {@code POST /api/v1/admin/regions/import}) under the
 *       villages and communities that have none yet, {@code --outside-grids} of them outside the
 *       district ({@code --district}), the rest spread evenly over the district's. Codes ending in
 *       900–999 are left to the benchmark's own imports and get no residents here.
 *   <li>Residents: until the city holds {@code --residents} (the demo's count towards it): {@code
 *       --worker-residents} in all in the grid worker's grid ({@code --worker-grid}), the rest over
 *       every other grid, each grid's share drawn between 0.5 and 1.5 of the mean. Households of
 *       1–5 (mean about 2.55) fill the dwellings of buildings named {@code 101幢} on, of 0–3 units
 *       (none: unit {@code ""}), 6–11 floors and 2 rooms a floor. ID numbers use the sequence
 *       numbers 000–899; 900–999 are kept for the benchmark's spreadsheets ({@link RegisterFile}),
 *       so that an import never meets a loaded resident by chance.
 * </ol>
 *
 * Loaded with PostgreSQL COPY in one transaction, the three tables' secondary indexes dropped
 * during the load and built again after it, then VACUUM ANALYZE. The same {@code --seed} gives the
 * same people (the sealed values differ: each seal has a random IV).
 *
 * <pre>
 * java -cp … org.shaodian.bench.ResidentData --url http://localhost:9680 \
 *     --jdbc jdbc:postgresql://127.0.0.1:5432/shaodian_bench_register --user shaodian \
 *     --password shaodian [--residents 1000000] [--grids 400] [--outside-grids 20] \
 *     [--city 330100] [--district 330182] [--worker-grid 330182002001001] \
 *     [--worker-residents 3500] [--seed 7]
 * </pre>
 *
 * Needs SHAODIAN_PERSONAL_DATA_KEYS and _INDEX_KEY as the server has them.
 */
public final class ResidentData {

  /** ID numbers' sequence numbers (digits 15–17) the loaded residents use: 000–899. */
  static final int LOADED_SEQUENCES = 900;

  /** Grids whose code ends in this or more are the benchmark's own (imports), not loaded here. */
  static final int BENCH_GRID_FROM = 900;

  private static final int BATCH = 50_000;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx", Locale.ROOT);

  /** A resident as the register records them, in plain values. */
  record Person(
      String name,
      String idNumber,
      String phone,
      HouseholdRelation relation,
      boolean elderlyLivingAlone,
      boolean needsHelp,
      boolean partyMember,
      boolean servingPartyMember) {}

  /** A region of the tree: code, name, English name, path. */
  record Place(String code, String name, String nameEn, String path) {}

  /** What one run loaded, and how fast. */
  record Loaded(
      long buildings, long dwellings, long residents, double copySeconds, double indexSeconds) {}

  /**
   * Households as a grid worker finds them: sizes 1–5, ages that fit the relations, ID numbers
   * valid and never given twice by this generator (nor by another one sharing {@code used}).
   */
  static final class Households {

    /** Where ID numbers were issued, most of them Jiande's (GB/T 2260 codes), cumulative share. */
    private static final String[] PREFIXES = {
      "330182", "330127", "330122", "330111", "330781", "341024"
    };

    private static final double[] PREFIX_SHARES = {0.70, 0.78, 0.84, 0.89, 0.94, 1.0};
    private static final double[] SIZE_SHARES = {0.22, 0.52, 0.78, 0.93, 1.0};

    private final SplittableRandom random;
    private final PeopleData names;
    private final Set<Long> used;
    private final int sequenceFrom;
    private final int sequences;
    private final LocalDate today;

    /**
     * @param used the first 17 digits of the ID numbers given so far (shared to keep several
     *     generators apart)
     * @param sequenceFrom the first sequence number (digits 15–17) to use, {@code sequences} of
     *     them
     */
    Households(long seed, Set<Long> used, int sequenceFrom, int sequences, LocalDate today) {
      this.random = new SplittableRandom(seed);
      this.names = new PeopleData(seed + 1);
      this.used = used;
      this.sequenceFrom = sequenceFrom;
      this.sequences = sequences;
      this.today = today;
    }

    /** A household's size, 1–5 (mean about 2.55). */
    int size() {
      double r = random.nextDouble();
      int size = 1;
      while (SIZE_SHARES[size - 1] < r) {
        size++;
      }
      return size;
    }

    /** The people of a household of {@code size}: its head first. */
    List<Person> household(int size) {
      List<Person> members = new ArrayList<>(size);
      int headAge = size == 1 ? 20 + random.nextInt(76) : 25 + random.nextInt(56);
      for (int m = 0; m < size; m++) {
        HouseholdRelation relation;
        int age;
        if (m == 0) {
          relation = HouseholdRelation.HEAD;
          age = headAge;
        } else if (m == 1) {
          relation = HouseholdRelation.SPOUSE;
          age = Math.max(18, headAge - 3 + random.nextInt(7));
        } else if (m == 4) {
          relation = HouseholdRelation.PARENT;
          age = Math.min(100, headAge + 22 + random.nextInt(9));
        } else {
          relation = HouseholdRelation.CHILD;
          age = Math.max(0, headAge - 22 - random.nextInt(14));
        }
        members.add(person(relation, age, size == 1));
      }
      return members;
    }

    private Person person(HouseholdRelation relation, int age, boolean alone) {
      // born `age` whole years and 0–364 days ago: the age the application computes is `age`
      LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
      String idNumber = idNumber(birth);
      String phone =
          age >= 16 && random.nextInt(100) < 85
              ? "1"
                  + (3 + random.nextInt(7))
                  + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000))
              : null;
      // 61 rather than 60: a day's margin on either side of midnight in Asia/Shanghai
      boolean elderlyAlone = alone && age >= 61 && random.nextInt(100) < 70;
      boolean needsHelp = random.nextInt(100) < (elderlyAlone ? 40 : 3);
      boolean party = age >= 18 && random.nextInt(100) < 9;
      boolean serving = party && age < 60 && random.nextInt(100) < 40;
      return new Person(
          names.name(), idNumber, phone, relation, elderlyAlone, needsHelp, party, serving);
    }

    /** A valid ID number of someone born on that day, not given before. */
    String idNumber(LocalDate birth) {
      double r = random.nextDouble();
      int p = 0;
      while (PREFIX_SHARES[p] < r) {
        p++;
      }
      String date = birth.format(DateTimeFormatter.BASIC_ISO_DATE);
      for (int attempt = 0; attempt < 1000; attempt++) {
        int sequence = sequenceFrom + random.nextInt(sequences);
        String first17 = PREFIXES[p] + date + String.format(Locale.ROOT, "%03d", sequence);
        if (used.add(Long.parseLong(first17))) {
          return first17 + IdNumber.checkDigit(first17);
        }
      }
      throw new IllegalStateException("no ID number left for " + birth);
    }
  }

  /** A building's layout: units (0: none, unit ""), floors, rooms a floor. */
  record Layout(int units, int floors, int rooms) {

    int dwellings() {
      return Math.max(1, units) * floors * rooms;
    }

    String unit(int dwelling) {
      return units == 0 ? "" : (dwelling / (floors * rooms) + 1) + "单元";
    }

    String room(int dwelling) {
      int inUnit = dwelling % (floors * rooms);
      return String.valueOf((inUnit / rooms + 1) * 100 + inUnit % rooms + 1);
    }

    static Layout draw(SplittableRandom random) {
      int units = random.nextInt(100) < 20 ? 0 : 1 + random.nextInt(3);
      return new Layout(units, 6 + random.nextInt(6), 2);
    }
  }

  private final SplittableRandom random;
  private final Households households;
  private final Map<String, String> nameKeys = new ConcurrentHashMap<>();
  private final String now =
      OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(TIMESTAMP).replace("+00:00", "+00");

  ResidentData(long seed, LocalDate today, Set<Long> used) {
    this.random = new SplittableRandom(seed);
    this.households = new Households(seed + 2, used, 0, LOADED_SEQUENCES, today);
  }

  /**
   * The ID numbers registered already (the demo's), opened with the server's keys: their first 17
   * digits, so that no loaded resident is given one of them.
   */
  static Set<Long> registeredIdNumbers(Connection db) throws SQLException {
    Set<Long> used = new HashSet<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("select id_number from grids_resident")) {
      while (rs.next()) {
        used.add(Long.parseLong(Sealed.open("IdNumber", rs.getString(1)).substring(0, 17)));
      }
    }
    return used;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = PeopleData.options(args);
    URI base = URI.create(o.getOrDefault("url", "http://localhost:9680"));
    String jdbc =
        o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/shaodian_bench_register");
    String user = o.getOrDefault("user", "shaodian");
    String password = o.getOrDefault("password", "shaodian");
    int residents = Integer.parseInt(o.getOrDefault("residents", "1000000"));
    int gridsWanted = Integer.parseInt(o.getOrDefault("grids", "400"));
    int outsideGrids = Integer.parseInt(o.getOrDefault("outside-grids", "20"));
    String city = o.getOrDefault("city", "330100");
    String district = o.getOrDefault("district", "330182");
    String workerGrid = o.getOrDefault("worker-grid", "330182002001001");
    int workerResidents = Integer.parseInt(o.getOrDefault("worker-residents", "3500"));
    long seed = Long.parseLong(o.getOrDefault("seed", "7"));
    PeopleData.installTheServersKeys();

    try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
      db.setAutoCommit(true);
      Place cityPlace = place(db, city);
      Place districtPlace = place(db, district);
      long gridStart = System.nanoTime();
      int added = addGrids(db, base, cityPlace, districtPlace, gridsWanted, outsideGrids);
      double gridSeconds = (System.nanoTime() - gridStart) / 1e9;
      List<Place> grids = grids(db, cityPlace);
      Map<String, Long> existing = residentsByGrid(db, cityPlace);
      long already = existing.values().stream().mapToLong(Long::longValue).sum();
      long toLoad = Math.max(0, residents - already);
      Place worker =
          grids.stream()
              .filter(g -> g.code().equals(workerGrid))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no grid " + workerGrid));
      long workerToLoad =
          Math.min(toLoad, Math.max(0, workerResidents - existing.getOrDefault(workerGrid, 0L)));
      log(
          "%d grids in %s (%d added through the API in %.1f s); %,d residents there already,"
              + " loading %,d (%,d into %s)",
          grids.size(), city, added, gridSeconds, already, toLoad, workerToLoad, workerGrid);

      ResidentData data =
          new ResidentData(
              seed, LocalDate.now(RosterAcceptBenchmark.ZONE), registeredIdNumbers(db));
      Map<Place, Integer> plan = new LinkedHashMap<>();
      plan.put(worker, (int) workerToLoad);
      List<Place> others = grids.stream().filter(g -> !g.equals(worker)).toList();
      double[] weights = new double[others.size()];
      double sum = 0;
      for (int i = 0; i < weights.length; i++) {
        weights[i] = 0.5 + data.random.nextDouble();
        sum += weights[i];
      }
      long rest = toLoad - workerToLoad;
      long given = 0;
      for (int i = 0; i < weights.length; i++) {
        long n = i == weights.length - 1 ? rest - given : Math.round(rest * weights[i] / sum);
        plan.put(others.get(i), (int) n);
        given += n;
      }

      Loaded loaded = toLoad == 0 ? new Loaded(0, 0, 0, 0, 0) : data.load(db, plan);
      long vacuumStart = System.nanoTime();
      db.setAutoCommit(true);
      try (Statement st = db.createStatement()) {
        for (String table : List.of("grids_building", "grids_dwelling", "grids_resident")) {
          st.execute("vacuum analyze " + table);
        }
      }
      double vacuumSeconds = (System.nanoTime() - vacuumStart) / 1e9;
      long inCity = count(db, cityPlace.path());
      long inDistrict = count(db, districtPlace.path());
      long inWorker = count(db, worker.path());
      long rows = loaded.buildings() + loaded.dwellings() + loaded.residents();
      double total = loaded.copySeconds() + loaded.indexSeconds() + vacuumSeconds;
      System.out.printf(
          Locale.ROOT,
          "resident-data: %d grids in the city; residents: city %,d, district %s %,d, grid %s %,d%n"
              + "resident-data: loaded %,d residents, %,d dwellings, %,d buildings in %.1f s by COPY"
              + " (%,.0f residents/s, ID numbers and phones sealed on 2 threads); indexes %.1f s,"
              + " vacuum analyze %.1f s; %,.0f rows/s in all%n",
          grids.size(),
          inCity,
          district,
          inDistrict,
          workerGrid,
          inWorker,
          loaded.residents(),
          loaded.dwellings(),
          loaded.buildings(),
          loaded.copySeconds(),
          loaded.residents() / Math.max(1e-9, loaded.copySeconds()),
          loaded.indexSeconds(),
          vacuumSeconds,
          rows / Math.max(1e-9, total));
      System.out.printf(
          Locale.ROOT,
          "{\"grids\":%d,\"grids_added\":%d,\"residents_city\":%d,\"residents_district\":%d,"
              + "\"residents_worker_grid\":%d,\"loaded_residents\":%d,\"loaded_dwellings\":%d,"
              + "\"loaded_buildings\":%d,\"copy_s\":%.2f,\"index_s\":%.2f,\"vacuum_s\":%.2f}%n",
          grids.size(),
          added,
          inCity,
          inDistrict,
          inWorker,
          loaded.residents(),
          loaded.dwellings(),
          loaded.buildings(),
          loaded.copySeconds(),
          loaded.indexSeconds(),
          vacuumSeconds);
    }
  }

  /**
   * Imports made-up grids until the city has {@code wanted} (the benchmark's own, 900–999, not
   * counted): {@code outside} of them under the villages outside the district, the rest under the
   * district's, evenly, each only under villages that have no grid yet. Returns how many it added.
   */
  static int addGrids(Connection db, URI base, Place city, Place district, int wanted, int outside)
      throws Exception {
    List<Place> grids = grids(db, city);
    int missing = wanted - grids.size();
    if (missing <= 0) {
      return 0;
    }
    Set<String> withGrids = new HashSet<>();
    for (Place grid : grids) {
      withGrids.add(grid.code().substring(0, 12));
    }
    List<Place> inside = new ArrayList<>();
    List<Place> outsideVillages = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select code, name, name_en, path from kernel_region where level = 'VILLAGE'"
                + " and path like ? order by path")) {
      st.setString(1, city.path() + "%");
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Place village =
              new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
          if (!withGrids.contains(village.code())) {
            (village.path().startsWith(district.path()) ? inside : outsideVillages).add(village);
          }
        }
      }
    }
    int outsideCount = outsideVillages.isEmpty() ? 0 : Math.min(outside, missing);
    int insideCount = missing - outsideCount;
    if (inside.isEmpty() && insideCount > 0) {
      throw new IllegalStateException("no village without grids in " + district.code());
    }
    StringBuilder csv = new StringBuilder("code,name,nameEn,parentCode\n");
    spread(csv, outsideVillages, outsideCount);
    spread(csv, inside, insideCount);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base.toString().replaceAll("/+$", "") + "/api/v1/admin/regions/import"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", basic("admin"))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "importing grids answered " + response.statusCode() + ": " + response.body());
    }
    log("imported %d grids: %s", missing, response.body());
    return missing;
  }

  /** {@code count} grids over the villages, evenly, as CSV rows: codes 001 on, names by number. */
  private static void spread(StringBuilder csv, List<Place> villages, int count) {
    for (int i = 0; i < count; i++) {
      Place village = villages.get(i % villages.size());
      int n = i / villages.size() + 1;
      csv.append(village.code())
          .append(String.format(Locale.ROOT, "%03d", n))
          .append(',')
          .append(village.name())
          .append('第')
          .append(n)
          .append("网格,")
          .append(village.nameEn() == null ? "" : village.nameEn().replace(",", " "))
          .append(" Grid ")
          .append(n)
          .append(',')
          .append(village.code())
          .append('\n');
    }
  }

  /** Loads the residents each grid is planned to get, buildings and dwellings with them. */
  Loaded load(Connection db, Map<Place, Integer> plan) throws SQLException, IOException {
    db.setAutoCommit(false);
    List<String> tables = List.of("grids_building", "grids_dwelling", "grids_resident");
    SecondaryIndexes indexes = SecondaryIndexes.drop(db, tables);
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    long start = System.nanoTime();
    long[] counts = new long[3];
    StringBuilder buildings = new StringBuilder(1 << 20);
    StringBuilder dwellings = new StringBuilder(1 << 22);
    List<Object[]> pending = new ArrayList<>(BATCH + 10);
    long done = 0;
    for (Map.Entry<Place, Integer> entry : plan.entrySet()) {
      Place grid = entry.getKey();
      int left = entry.getValue();
      int buildingNo = 101;
      while (left > 0) {
        UUID building = uuid();
        String name = (buildingNo++) + "幢";
        buildings.append(building).append('\t');
        buildings.append(grid.code()).append('\t');
        buildings.append(grid.path()).append('\t');
        buildings.append(name).append('\t');
        buildings.append("\\\\x").append(nameKey(name)).append('\t');
        buildings.append("0\t").append(now).append('\n');
        counts[0]++;
        Layout layout = Layout.draw(random);
        for (int d = 0; d < layout.dwellings() && left > 0; d++) {
          UUID dwelling = uuid();
          dwellings.append(dwelling).append('\t');
          dwellings.append(building).append('\t');
          dwellings.append(layout.unit(d)).append('\t');
          dwellings.append(layout.room(d)).append('\t');
          dwellings.append(grid.path()).append('\t');
          dwellings.append(now).append('\n');
          counts[1]++;
          int size = Math.min(left, households.size());
          for (Person person : households.household(size)) {
            pending.add(new Object[] {uuid(), dwelling, grid.path(), person});
          }
          left -= size;
        }
        if (pending.size() >= BATCH) {
          done += flush(copy, buildings, dwellings, pending);
          if (done % 200_000 < BATCH) {
            log("%,d residents", done);
          }
        }
      }
    }
    done += flush(copy, buildings, dwellings, pending);
    counts[2] = done;
    double copySeconds = (System.nanoTime() - start) / 1e9;
    long indexStart = System.nanoTime();
    indexes.rebuild(db);
    db.commit();
    double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
    return new Loaded(counts[0], counts[1], counts[2], copySeconds, indexSeconds);
  }

  /** COPYs the buildings, dwellings and residents gathered so far (sealed on all cores). */
  private int flush(
      CopyManager copy, StringBuilder buildings, StringBuilder dwellings, List<Object[]> pending)
      throws SQLException, IOException {
    if (buildings.length() > 0) {
      copy.copyIn(
          "copy grids_building (id, grid_code, region_path, name, name_key, version, created_at)"
              + " from stdin",
          new StringReader(buildings.toString()));
    }
    if (dwellings.length() > 0) {
      copy.copyIn(
          "copy grids_dwelling (id, building_id, unit, room, region_path, created_at) from stdin",
          new StringReader(dwellings.toString()));
    }
    String[] lines =
        IntStream.range(0, pending.size())
            .parallel()
            .mapToObj(
                i -> {
                  Object[] p = pending.get(i);
                  return line((UUID) p[0], (UUID) p[1], (String) p[2], (Person) p[3]);
                })
            .toArray(String[]::new);
    StringBuilder residents = new StringBuilder(lines.length * 330);
    for (String line : lines) {
      residents.append(line);
    }
    if (lines.length > 0) {
      copy.copyIn(
          "copy grids_resident (id, dwelling_id, region_path, name, name_key, id_number,"
              + " id_number_index, phone, household_relation, elderly_living_alone, needs_help,"
              + " party_member, serving_party_member, version, registered_at, updated_at)"
              + " from stdin",
          new StringReader(residents.toString()));
    }
    buildings.setLength(0);
    dwellings.setLength(0);
    pending.clear();
    return lines.length;
  }

  /** One resident as a COPY text line, sealed as the application's converters seal. */
  private String line(UUID id, UUID dwelling, String path, Person p) {
    StringBuilder line = new StringBuilder(330);
    line.append(id).append('\t');
    line.append(dwelling).append('\t');
    line.append(path).append('\t');
    line.append(p.name()).append('\t');
    line.append("\\\\x").append(nameKey(p.name())).append('\t');
    line.append(Sealed.seal("IdNumber", p.idNumber())).append('\t');
    line.append(Sealed.blindIndex(IdNumber.of(p.idNumber()))).append('\t');
    line.append(p.phone() == null ? "\\N" : Sealed.seal("PhoneNumber", p.phone())).append('\t');
    line.append(p.relation().name()).append('\t');
    line.append(p.elderlyLivingAlone() ? 't' : 'f').append('\t');
    line.append(p.needsHelp() ? 't' : 'f').append('\t');
    line.append(p.partyMember() ? 't' : 'f').append('\t');
    line.append(p.servingPartyMember() ? 't' : 'f').append('\t');
    line.append("0\t").append(now).append('\t').append(now).append('\n');
    return line.toString();
  }

  private String nameKey(String name) {
    return nameKeys.computeIfAbsent(name, n -> HexFormat.of().formatHex(NameOrder.key(n)));
  }

  private UUID uuid() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }

  /** The grids under a region that the loader fills (not the benchmark's own, 900–999). */
  static List<Place> grids(Connection db, Place under) throws SQLException {
    List<Place> grids = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select code, name, name_en, path from kernel_region where level = 'GRID'"
                + " and path like ? order by path")) {
      st.setString(1, under.path() + "%");
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Place grid =
              new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
          if (Integer.parseInt(grid.code().substring(12)) < BENCH_GRID_FROM) {
            grids.add(grid);
          }
        }
      }
    }
    return grids;
  }

  private static Map<String, Long> residentsByGrid(Connection db, Place under) throws SQLException {
    Map<String, Long> counts = new HashMap<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select b.grid_code, count(*) from grids_resident r"
                + " join grids_dwelling d on d.id = r.dwelling_id"
                + " join grids_building b on b.id = d.building_id"
                + " where r.region_path like ? group by b.grid_code")) {
      st.setString(1, under.path() + "%");
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return counts;
  }

  static long count(Connection db, String path) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement("select count(*) from grids_resident where region_path like ?")) {
      st.setString(1, path + "%");
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static Place place(Connection db, String code) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement("select code, name, name_en, path from kernel_region where code = ?")) {
      st.setString(1, code);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(
              "no region " + code + ": start the application with SHAODIAN_DEMO_DATA=true");
        }
        return new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
      }
    }
  }

  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + RosterAcceptBenchmark.PASSWORD).getBytes(UTF_8));
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "resident-data: " + format + "%n", args);
  }
}
