package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.shaodian.grids.internal.register.RegisterColumn;
import org.shaodian.grids.internal.register.sheet.RegisterSheet;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.text.NameOrder;

/**
 * Issue 7's register targets, against a running server on the data {@link ResidentData} loads (a
 * million residents in the city):
 *
 * <ol>
 *   <li><b>pages</b>: the residents list ({@code GET /api/v1/residents}) of a grid worker ({@code
 *       yangan-grid}, one grid) and a district official ({@code jiande-official}), one request at a
 *       time: the first page, a deep page by cursor (after walking {@code next}), the district's
 *       deepest page number; server time ({@code Server-Timing: app;dur}) and client time. Then a
 *       constant-rate load ({@link LoadGenerator}) of those pages. Baseline: the query a first
 *       version would write, over JDBC — {@code count(*)} of the jurisdiction by {@code region_path
 *       like}, then the page by offset — with an index for it made for the measurement.
 *   <li><b>import</b> (and export): a register of {@code --import-rows} residents as XLSX ({@link
 *       RegisterFile}) is imported over HTTP ({@code POST /api/v1/grids/{grid}/register/imports},
 *       202, then polled until DONE) into a fresh grid, timed from the POST to DONE with the phases
 *       seen by polling, the server's and PostgreSQL's CPU; verified over JDBC; imported again (0
 *       added, all unchanged), timed; exported ({@code GET /api/v1/grids/{grid}/register}), timed
 *       and read back. Baseline in the same run: a raw JDBC batch insert of the same buildings,
 *       dwellings and residents into the same fresh grid, once with the sealed values, blind
 *       indexes and name keys computed beforehand (the baseline the ratio uses) and once computing
 *       them in the loop.
 *   <li><b>heap</b>: files of {@code --heap-rows} residents imported and exported while the
 *       server's live heap is sampled (JMX through the attach API: a full GC, then the heap used,
 *       every {@code --heap-interval-ms}); the peak live heap against the file's size.
 * </ol>
 *
 * Prints a report and one line of JSON (also written to {@code --json-out}).
 */
public final class RegisterBenchmark {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
  private static final Pattern MASKED_ID = Pattern.compile("[0-9]{6}\\*{8}[0-9]{3}[0-9X]");

  /** An account and the jurisdiction its list covers. */
  record Account(String key, String user, String path) {}

  /** One response: status, body, Location, server time (ms, NaN without it), client time (ms). */
  record Exchange(int status, String body, String location, double serverMs, double clientMs) {}

  /** One import followed to its end. */
  record ImportRun(
      String id,
      String state,
      int added,
      int updated,
      int unchanged,
      int rejected,
      double totalSeconds,
      double acceptedSeconds,
      double postServerSeconds,
      double readingSeconds,
      double writingSeconds,
      double serverSeconds,
      double serverCpu,
      double databaseCpu,
      double coresBefore,
      String body) {

    String json() {
      return String.format(
          Locale.ROOT,
          "{\"state\":\"%s\",\"added\":%d,\"updated\":%d,\"unchanged\":%d,\"rejected\":%d,"
              + "\"total_s\":%.3f,\"accepted_s\":%.3f,\"post_app_s\":%.3f,\"reading_s\":%.3f,"
              + "\"writing_s\":%.3f,\"server_created_to_finished_s\":%.3f,\"server_cpu_s\":%.2f,"
              + "\"database_cpu_s\":%.2f,\"cores_busy_before\":%.2f}",
          state,
          added,
          updated,
          unchanged,
          rejected,
          totalSeconds,
          acceptedSeconds,
          postServerSeconds,
          readingSeconds,
          writingSeconds,
          serverSeconds,
          serverCpu,
          databaseCpu,
          coresBefore);
    }
  }

  /** One raw JDBC batch insert of a file's rows. */
  record JdbcRun(
      boolean sealInLoop, double seconds, double prepareSeconds, double databaseCpu, long counted) {

    double rate(int rows) {
      return rows / seconds;
    }
  }

  /** One export: time, server time, bytes, rows read back, CPU. */
  record ExportRun(
      double seconds,
      double serverMs,
      long bytes,
      int rows,
      double serverCpu,
      double databaseCpu) {}

  /** One repetition of the import part. */
  record Repetition(
      int no,
      JdbcRun jdbc,
      JdbcRun jdbcSealing,
      ImportRun imported,
      ImportRun reimported,
      long versionsBumped,
      ExportRun export) {}

  /** A heap run: file, live heap before, peak during import and export, after. */
  record HeapRun(
      int rows,
      long fileBytes,
      long before,
      long importPeak,
      long exportPeak,
      long after,
      int importSamples,
      int exportSamples,
      double importSeconds,
      double importDatabaseCpu,
      double exportSeconds,
      double exportDatabaseCpu,
      String state) {}

  private final URI base;
  private final long serverPid;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  RegisterBenchmark(URI base, long serverPid) {
    this.base = base;
    this.serverPid = serverPid;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = PeopleData.options(args);
    URI base = URI.create(o.getOrDefault("url", "http://localhost:9680"));
    String jdbc =
        o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/shaodian_bench_register");
    String dbUser = o.getOrDefault("db-user", "shaodian");
    String dbPassword = o.getOrDefault("db-password", "shaodian");
    List<String> phases = List.of(o.getOrDefault("phases", "pages,import,heap").split(","));
    int samples = Integer.parseInt(o.getOrDefault("samples", "200"));
    int warmupSamples = Integer.parseInt(o.getOrDefault("warmup-samples", "50"));
    int deep = Integer.parseInt(o.getOrDefault("deep", "2000"));
    int gridDeep = Integer.parseInt(o.getOrDefault("grid-deep", "150"));
    double rate = Double.parseDouble(o.getOrDefault("rate", "200"));
    int connections = Integer.parseInt(o.getOrDefault("connections", "16"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
    int duration = Integer.parseInt(o.getOrDefault("duration", "30"));
    int baselineSamples = Integer.parseInt(o.getOrDefault("baseline-samples", "20"));
    int importRows = Integer.parseInt(o.getOrDefault("import-rows", "10000"));
    int perBuilding = Integer.parseInt(o.getOrDefault("per-building", "100"));
    int repetitions = Integer.parseInt(o.getOrDefault("repetitions", "5"));
    // the first import after the server started pays for the JIT: untimed, as large as the others
    int warmupRows =
        Integer.parseInt(o.getOrDefault("import-warmup-rows", String.valueOf(importRows)));
    int jdbcBatch = Integer.parseInt(o.getOrDefault("jdbc-batch", "1000"));
    int pollMillis = Integer.parseInt(o.getOrDefault("poll-ms", "100"));
    List<Integer> heapRows =
        Arrays.stream(o.getOrDefault("heap-rows", "2000,10000,50000").split(","))
            .map(String::strip)
            .map(Integer::parseInt)
            .toList();
    int heapInterval = Integer.parseInt(o.getOrDefault("heap-interval-ms", "300"));
    String importer = o.getOrDefault("importer", "yangxi-command");
    String community = o.getOrDefault("community", "330182002001");
    long seed = Long.parseLong(o.getOrDefault("seed", "11"));
    long serverPid = Long.parseLong(o.getOrDefault("server-pid", "0"));
    String machine =
        o.getOrDefault("machine", Runtime.getRuntime().availableProcessors() + " cores");
    String date = o.getOrDefault("date", LocalDate.now().toString());
    Path work = Path.of(o.getOrDefault("work-dir", "bench/target"));
    String jsonOut = o.get("json-out");
    PeopleData.installTheServersKeys();
    Files.createDirectories(work);

    RegisterBenchmark bench = new RegisterBenchmark(base, serverPid);
    StringBuilder out = new StringBuilder();
    StringBuilder json = new StringBuilder("{\"benchmark\":\"register\"");
    json.append(",\"date\":\"").append(date).append('"');
    json.append(",\"machine\":").append(LoadGenerator.jsonString(machine));
    out.append(
        String.format(Locale.ROOT, "%nResidents register (issue 7), %s, %s%n", date, machine));

    try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
      db.setAutoCommit(true);
      // the benchmark's own grids (codes 901–903 under the community), emptied
      List<ResidentData.Place> benchGrids = bench.benchGrids(db, community);
      for (ResidentData.Place grid : benchGrids) {
        clear(db, grid, false);
      }
      vacuum(db);
      out.append(
          String.format(
              Locale.ROOT,
              "residents: city %,d, district 330182 %,d, grid 330182002001001 %,d%n",
              ResidentData.count(db, "/330100/"),
              ResidentData.count(db, "/330100/330182/"),
              ResidentData.count(db, ResidentData.place(db, "330182002001001").path())));

      if (phases.contains("pages")) {
        bench.pages(
            db,
            out,
            json,
            samples,
            warmupSamples,
            deep,
            gridDeep,
            rate,
            connections,
            warmup,
            duration,
            baselineSamples);
      }
      if (phases.contains("import")) {
        bench.imports(
            db,
            out,
            json,
            work,
            benchGrids.get(0),
            benchGrids.get(1),
            importer,
            importRows,
            perBuilding,
            repetitions,
            warmupRows,
            jdbcBatch,
            pollMillis,
            seed);
      }
      if (phases.contains("heap")) {
        bench.heap(
            db,
            out,
            json,
            work,
            benchGrids.get(2),
            importer,
            heapRows,
            perBuilding,
            heapInterval,
            pollMillis,
            seed + 100);
      }
    }
    json.append('}');
    // what was not measured (no server pid, no load phase) is null, not NaN, in JSON
    String line = json.toString().replace(":NaN", ":null");
    System.out.print(out);
    System.out.println(line);
    if (jsonOut != null) {
      Files.writeString(Path.of(jsonOut), line + System.lineSeparator(), UTF_8);
    }
  }

  // ---------------------------------------------------------------- pages

  void pages(
      Connection db,
      StringBuilder out,
      StringBuilder json,
      int samples,
      int warmupSamples,
      int deep,
      int gridDeep,
      double rate,
      int connections,
      int warmup,
      int duration,
      int baselineSamples)
      throws Exception {
    List<Account> accounts =
        List.of(
            new Account("grid", "yangan-grid", ResidentData.place(db, "330182002001001").path()),
            new Account("district", "jiande-official", "/330100/330182/"));
    String first = "/api/v1/residents?size=20";
    Map<String, PeoplePagesBenchmark.Sample> results = new LinkedHashMap<>();
    Map<String, PeoplePagesBenchmark.Sample> walks = new LinkedHashMap<>();
    Map<String, Integer> depth = new LinkedHashMap<>();
    Map<String, String> deepCursor = new LinkedHashMap<>();
    Map<String, List<String>> deepCursors = new LinkedHashMap<>();
    Map<String, String> totals = new LinkedHashMap<>();
    // warm-up of the server's code paths before anything is measured (the walks are the first
    // measurement): first pages, page=499 and a short walk of each account
    for (Account account : accounts) {
      for (int i = 0; i < warmupSamples; i++) {
        get(first, account.user());
        get(first + "&page=499", account.user());
      }
      String cursor = next(get(first, account.user()));
      for (int i = 0; i < warmupSamples && cursor != null; i++) {
        cursor = next(get(pageAfter(cursor), account.user()));
      }
    }
    for (Account account : accounts) {
      Exchange probe = get(first, account.user());
      if (probe.status() != 200) {
        throw new IllegalStateException(
            account.user() + ": " + first + " answered " + probe.status() + ": " + probe.body());
      }
      Matcher total = TOTAL.matcher(probe.body());
      long counted = total.find() ? Long.parseLong(total.group(1)) : -1;
      totals.put(
          account.key(),
          String.format(Locale.ROOT, "%,d", counted)
              + (probe.body().contains("\"totalExact\":false") ? "+" : ""));
      int pages =
          account.key().equals("grid") ? Math.min(gridDeep, (int) (counted / 20) - 1) : deep;
      depth.put(account.key(), pages);
      log("%s: walking %d pages of next cursors", account.user(), pages);
      List<String> cursors = new ArrayList<>();
      double[] walkServer = new double[pages];
      double[] walkClient = new double[pages];
      String cursor = next(probe);
      for (int page = 1; page <= pages; page++) {
        if (cursor == null) {
          throw new IllegalStateException(account.user() + ": the list ends before page " + page);
        }
        cursors.add(cursor);
        if (page == pages) {
          break;
        }
        Exchange step = get(pageAfter(cursor), account.user());
        walkServer[page - 1] = step.serverMs();
        walkClient[page - 1] = step.clientMs();
        cursor = next(step);
      }
      deepCursor.put(account.key(), cursors.get(pages - 1));
      deepCursors.put(account.key(), cursors.subList(pages / 2, pages));
      walks.put(
          account.key(),
          new PeoplePagesBenchmark.Sample(
              account.key() + " walk",
              Arrays.copyOf(walkServer, pages - 1),
              Arrays.copyOf(walkClient, pages - 1)));
    }
    for (Account account : accounts) {
      Map<String, String> kinds = new LinkedHashMap<>();
      kinds.put("first", first);
      kinds.put("deep", pageAfter(deepCursor.get(account.key())));
      if (account.key().equals("district")) {
        kinds.put("page499", first + "&page=499");
      }
      for (Map.Entry<String, String> kind : kinds.entrySet()) {
        for (int i = 0; i < warmupSamples / 2; i++) {
          get(kind.getValue(), account.user());
        }
        double[] server = new double[samples];
        double[] client = new double[samples];
        for (int i = 0; i < samples; i++) {
          Exchange e = get(kind.getValue(), account.user());
          if (e.status() != 200 || !e.body().contains("\"items\"")) {
            throw new IllegalStateException(kind.getValue() + " answered " + e.status());
          }
          server[i] = e.serverMs();
          client[i] = e.clientMs();
        }
        String name = account.key() + " " + kind.getKey();
        results.put(name, new PeoplePagesBenchmark.Sample(name, server, client));
        log("%s: server p50 %.2f ms", name, results.get(name).serverP50());
      }
    }

    // load: first and deep pages of both accounts in turn
    Random pick = new Random(7);
    List<HttpRequest> firsts = new ArrayList<>();
    List<List<HttpRequest>> deeps = new ArrayList<>();
    for (Account account : accounts) {
      firsts.add(request(first, account.user()));
      deeps.add(
          deepCursors.get(account.key()).stream()
              .map(c -> request(pageAfter(c), account.user()))
              .toList());
    }
    long[] turn = {0};
    Supplier<HttpRequest> mix =
        () -> {
          long n = turn[0]++;
          int a = (int) (n % accounts.size());
          if ((n / accounts.size()) % 2 == 0) {
            return firsts.get(a);
          }
          List<HttpRequest> cursors = deeps.get(a);
          return cursors.get(pick.nextInt(cursors.size()));
        };
    double[] idle = PeoplePagesBenchmark.machineBusy();
    Thread.sleep(3_000);
    double background = PeoplePagesBenchmark.coresBusy(idle, PeoplePagesBenchmark.machineBusy());
    LoadGenerator.Result load = null;
    double duringLoad = Double.NaN;
    if (duration > 0) {
      log(
          "load: %.0f req/s, %d connections, %d s warm-up + %d s measured",
          rate, connections, warmup, duration);
      double[] loadStart = PeoplePagesBenchmark.machineBusy();
      load =
          new LoadGenerator(
                  LoadGenerator.builder()
                      .requestSupplier(mix)
                      .rate(rate)
                      .connections(connections)
                      .warmup(Duration.ofSeconds(warmup))
                      .duration(Duration.ofSeconds(duration))
                      .build())
              .run();
      duringLoad = PeoplePagesBenchmark.coresBusy(loadStart, PeoplePagesBenchmark.machineBusy());
    }

    // baseline: the naive queries
    Map<String, PeoplePagesBenchmark.Sample> baseline = new LinkedHashMap<>();
    if (baselineSamples > 0) {
      naiveBaseline(db, accounts, depth, baselineSamples, baseline);
    }

    out.append(
        String.format(
            Locale.ROOT,
            "%nPAGES — GET /api/v1/residents?size=20; list totals: grid (yangan-grid) %s,"
                + " district (jiande-official) %s; deep pages: grid %d, district %d (by cursor)%n",
            totals.get("grid"),
            totals.get("district"),
            depth.get("grid"),
            depth.get("district")));
    out.append(
        String.format(
            Locale.ROOT,
            "%-22s %9s %9s %9s %9s %9s %9s%n",
            "single requests (ms)",
            "srv p50",
            "srv p99",
            "srv max",
            "cli p50",
            "cli p99",
            "cli max"));
    List<PeoplePagesBenchmark.Sample> rows = new ArrayList<>(results.values());
    rows.addAll(walks.values());
    for (PeoplePagesBenchmark.Sample s : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f%n",
              s.name(),
              PeoplePagesBenchmark.Sample.percentile(s.server(), 50),
              PeoplePagesBenchmark.Sample.percentile(s.server(), 99),
              PeoplePagesBenchmark.Sample.percentile(s.server(), 100),
              PeoplePagesBenchmark.Sample.percentile(s.client(), 50),
              PeoplePagesBenchmark.Sample.percentile(s.client(), 99),
              PeoplePagesBenchmark.Sample.percentile(s.client(), 100)));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "machine CPU busy: %.2f of %d cores just before the load (others' work)%n",
            background,
            Runtime.getRuntime().availableProcessors()));
    if (load != null) {
      out.append("load (first and deep pages, both accounts)\n").append(load.report());
      out.append(
          String.format(
              Locale.ROOT,
              "machine CPU busy during the load: %.2f cores (everything)%n",
              duringLoad));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "baseline: count(*) + offset page over JDBC (region_path like, index (region_path,"
                + " name) made for it), ms%n%-22s %9s %9s %9s %9s%n",
            "",
            "p50",
            "p99",
            "new p50",
            "ratio"));
    Map<String, Double> ratios = new LinkedHashMap<>();
    for (Map.Entry<String, PeoplePagesBenchmark.Sample> b : baseline.entrySet()) {
      PeoplePagesBenchmark.Sample now = results.get(b.getKey());
      double ratio =
          PeoplePagesBenchmark.Sample.percentile(b.getValue().server(), 50) / now.serverP50();
      ratios.put(b.getKey(), ratio);
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %9.2f %9.2f %9.2f %8.1fx%n",
              b.getKey(),
              PeoplePagesBenchmark.Sample.percentile(b.getValue().server(), 50),
              PeoplePagesBenchmark.Sample.percentile(b.getValue().server(), 99),
              now.serverP50(),
              ratio));
    }
    double worst =
        results.entrySet().stream()
            .filter(e -> !e.getKey().endsWith("page499"))
            .mapToDouble(e -> e.getValue().serverP50())
            .max()
            .orElse(Double.NaN);
    boolean met = worst <= 10.0;
    out.append(
        String.format(
            Locale.ROOT,
            "target: first and deep pages <= 10 ms server time (p50): worst %.2f ms, ratio to the"
                + " target %.2f: %s%n",
            worst,
            worst / 10.0,
            met ? "MET" : "NOT MET"));

    json.append(",\"pages\":{\"grid_total\":\"").append(totals.get("grid")).append('"');
    json.append(",\"district_total\":\"").append(totals.get("district")).append('"');
    json.append(",\"grid_deep\":").append(depth.get("grid"));
    json.append(",\"district_deep\":").append(depth.get("district"));
    for (PeoplePagesBenchmark.Sample s : rows) {
      json.append(",\"").append(s.name().replace(' ', '_')).append("\":").append(s.json());
    }
    json.append(",\"load\":").append(load == null ? "null" : load.toJson());
    json.append(String.format(Locale.ROOT, ",\"cores_busy_before_load\":%.2f", background));
    json.append(String.format(Locale.ROOT, ",\"cores_busy_during_load\":%.2f", duringLoad));
    for (Map.Entry<String, PeoplePagesBenchmark.Sample> b : baseline.entrySet()) {
      json.append(",\"baseline_")
          .append(b.getKey().replace(' ', '_'))
          .append("\":")
          .append(b.getValue().json());
    }
    for (Map.Entry<String, Double> r : ratios.entrySet()) {
      json.append(
          String.format(
              Locale.ROOT, ",\"ratio_%s\":%.1f", r.getKey().replace(' ', '_'), r.getValue()));
    }
    json.append(String.format(Locale.ROOT, ",\"worst_p50_ms\":%.2f", worst));
    json.append(",\"target_met\":").append(met).append('}');
  }

  /**
   * What a first version would send: the jurisdiction's count, then the page by offset, ordered by
   * region and name; an index (region_path, name) made for it and dropped afterwards. Residents
   * only (no dwellings, buildings or grids as the API shows them): it flatters the baseline.
   */
  static void naiveBaseline(
      Connection db,
      List<Account> accounts,
      Map<String, Integer> depth,
      int samples,
      Map<String, PeoplePagesBenchmark.Sample> into)
      throws SQLException {
    try (Statement st = db.createStatement()) {
      log("baseline: creating the index grids_resident_naive (region_path, name)");
      st.execute(
          "create index if not exists grids_resident_naive on grids_resident (region_path, name)");
      st.execute("analyze grids_resident");
    }
    try (PreparedStatement counting =
            db.prepareStatement("select count(*) from grids_resident where region_path like ?");
        PreparedStatement paging =
            db.prepareStatement(
                "select id, dwelling_id, region_path, name, id_number, phone, household_relation,"
                    + " elderly_living_alone, needs_help, party_member, serving_party_member,"
                    + " version, registered_at, updated_at from grids_resident"
                    + " where region_path like ? order by region_path, name, id offset ? limit 20")) {
      for (Account account : accounts) {
        for (String kind : List.of("first", "deep")) {
          int page = kind.equals("first") ? 0 : depth.get(account.key());
          String name = account.key() + " " + kind;
          double[] total = new double[samples];
          double[] pageOnly = new double[samples];
          for (int i = -3; i < samples; i++) {
            long start = System.nanoTime();
            counting.setString(1, account.path() + "%");
            try (ResultSet rs = counting.executeQuery()) {
              rs.next();
            }
            long counted = System.nanoTime();
            paging.setString(1, account.path() + "%");
            paging.setInt(2, page * 20);
            int n = 0;
            try (ResultSet rs = paging.executeQuery()) {
              while (rs.next()) {
                n++;
              }
            }
            long end = System.nanoTime();
            if (n != 20) {
              throw new IllegalStateException(name + ": " + n + " rows");
            }
            if (i >= 0) {
              total[i] = (end - start) / 1e6;
              pageOnly[i] = (end - counted) / 1e6;
            }
          }
          into.put(name, new PeoplePagesBenchmark.Sample(name, total, pageOnly));
          log("baseline %s: p50 %.2f ms", name, PeoplePagesBenchmark.Sample.percentile(total, 50));
        }
      }
    } finally {
      try (Statement st = db.createStatement()) {
        st.execute("drop index if exists grids_resident_naive");
      }
    }
  }

  // ---------------------------------------------------------------- import and export

  void imports(
      Connection db,
      StringBuilder out,
      StringBuilder json,
      Path work,
      ResidentData.Place grid,
      ResidentData.Place warmupGrid,
      String importer,
      int rows,
      int perBuilding,
      int repetitions,
      int warmupRows,
      int jdbcBatch,
      int pollMillis,
      long seed)
      throws Exception {
    LocalDate today = LocalDate.now(RosterAcceptBenchmark.ZONE);
    Set<Long> used = new HashSet<>();
    RegisterFile file = fresh(db, rows, perBuilding, seed, used, today);
    Path xlsx = work.resolve("register-" + rows + ".xlsx");
    long bytes = file.write(xlsx);
    log(
        "%s: %,d residents, %,d dwellings, %d buildings, %,d bytes",
        xlsx, file.residents(), file.dwellings(), file.buildings(), bytes);

    ImportRun warmupRun = null;
    ExportRun warmupExport = null;
    if (warmupRows > 0) {
      RegisterFile small = fresh(db, warmupRows, perBuilding, seed + 1, used, today);
      Path smallFile = work.resolve("register-warmup-" + warmupRows + ".xlsx");
      small.write(smallFile);
      warmupRun = importFile(db, warmupGrid, smallFile, importer, pollMillis, false);
      warmupExport = exportGrid(db, warmupGrid, importer);
      log(
          "warm-up import of %,d rows: %s in %.2f s, export %.2f s",
          warmupRows, warmupRun.state(), warmupRun.totalSeconds(), warmupExport.seconds());
      clear(db, warmupGrid, true);
    }

    List<Repetition> runs = new ArrayList<>();
    for (int r = 1; r <= repetitions; r++) {
      clear(db, grid, true);
      JdbcRun jdbc = jdbcInsert(db, grid, file, false, jdbcBatch);
      log(
          "run %d: JDBC batch insert (sealed beforehand) %.3f s, %,.0f rows/s",
          r, jdbc.seconds(), jdbc.rate(rows));
      clear(db, grid, true);
      JdbcRun sealing = jdbcInsert(db, grid, file, true, jdbcBatch);
      log(
          "run %d: JDBC batch insert (sealing in the loop) %.3f s, %,.0f rows/s",
          r, sealing.seconds(), sealing.rate(rows));
      clear(db, grid, true);

      ImportRun imported = importFile(db, grid, xlsx, importer, pollMillis, true);
      verifyImport(db, grid, file, imported, rows, 0, 0);
      log(
          "run %d: import %s in %.3f s (202 after %.3f s, reading %.3f s, writing %.3f s), CPU s"
              + " server %.2f, PostgreSQL %.2f; verified",
          r,
          imported.state(),
          imported.totalSeconds(),
          imported.acceptedSeconds(),
          imported.readingSeconds(),
          imported.writingSeconds(),
          imported.serverCpu(),
          imported.databaseCpu());
      ImportRun again = importFile(db, grid, xlsx, importer, pollMillis, true);
      verifyImport(db, grid, file, again, 0, 0, rows);
      long bumped = versionsAbove(db, grid, 0);
      log(
          "run %d: re-import %s in %.3f s: %d added, %d updated, %d unchanged; %,d residents'"
              + " version bumped",
          r,
          again.state(),
          again.totalSeconds(),
          again.added(),
          again.updated(),
          again.unchanged(),
          bumped);
      ExportRun export = exportGrid(db, grid, importer);
      if (export.rows() != rows) {
        throw new IllegalStateException(
            "the export has " + export.rows() + " rows, the grid " + rows + " residents");
      }
      log(
          "run %d: export %.3f s, %,d bytes, %,d rows read back",
          r, export.seconds(), export.bytes(), export.rows());
      runs.add(new Repetition(r, jdbc, sealing, imported, again, bumped, export));
    }
    clear(db, grid, true);

    // report
    double jdbcMedian = median(runs, x -> x.jdbc().seconds());
    double sealingMedian = median(runs, x -> x.jdbcSealing().seconds());
    double importMedian = median(runs, x -> x.imported().totalSeconds());
    double reimportMedian = median(runs, x -> x.reimported().totalSeconds());
    double exportMedian = median(runs, x -> x.export().seconds());
    double importRate = rows / importMedian;
    double jdbcRate = rows / jdbcMedian;
    double rateRatio = importRate / jdbcRate;
    double busiest =
        runs.stream()
            .mapToDouble(x -> x.imported().coresBefore())
            .filter(d -> !Double.isNaN(d))
            .max()
            .orElse(Double.NaN);
    out.append(
        String.format(
            Locale.ROOT,
            "%nIMPORT — %s: %,d residents, %,d dwellings, %d buildings, %,d bytes; into grid %s as"
                + " %s; %d repetitions after a %,d-row warm-up%n",
            xlsx.getFileName(),
            file.residents(),
            file.dwellings(),
            file.buildings(),
            bytes,
            grid.code(),
            importer,
            repetitions,
            warmupRows));
    out.append(
        String.format(
            Locale.ROOT,
            "%-4s %9s %9s %9s %9s %9s %9s %9s %8s %8s %9s %9s %8s %7s%n",
            "rep",
            "jdbc s",
            "jdbc+seal",
            "import s",
            "202 s",
            "reading",
            "writing",
            "srv c→f",
            "srv cpu",
            "db cpu",
            "cores bef",
            "reimport",
            "export s",
            "bumped"));
    for (Repetition x : runs) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-4d %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f %8.2f %8.2f %9.2f %9.3f %8.3f %,7d%n",
              x.no(),
              x.jdbc().seconds(),
              x.jdbcSealing().seconds(),
              x.imported().totalSeconds(),
              x.imported().acceptedSeconds(),
              x.imported().readingSeconds(),
              x.imported().writingSeconds(),
              x.imported().serverSeconds(),
              x.imported().serverCpu(),
              x.imported().databaseCpu(),
              x.imported().coresBefore(),
              x.reimported().totalSeconds(),
              x.export().seconds(),
              x.versionsBumped()));
    }
    if (warmupRun != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "the first import after the server started (untimed warm-up, %,d rows, grid %s):"
                  + " %.3f s (reading %.3f s, writing %.3f s; CPU s server %.2f, PostgreSQL"
                  + " %.2f); its export %.3f s%n",
              warmupRows,
              warmupGrid.code(),
              warmupRun.totalSeconds(),
              warmupRun.readingSeconds(),
              warmupRun.writingSeconds(),
              warmupRun.serverCpu(),
              warmupRun.databaseCpu(),
              warmupExport.seconds()));
    }
    Repetition last = runs.get(runs.size() - 1);
    out.append(
        String.format(
            Locale.ROOT,
            "medians: import %.3f s (%,.0f residents/s); raw JDBC batch insert, sealed beforehand,"
                + " %.3f s (%,.0f rows/s; PostgreSQL CPU %.2f s); sealing in the loop %.3f s"
                + " (%,.0f rows/s); re-import %.3f s; export %.3f s%n"
                + "re-import, last run: %s (CPU s server %.2f, PostgreSQL %.2f)%n"
                + "export, last run: %,d bytes, %,d rows read back (ID numbers masked), server"
                + " time to the first byte %.1f ms, CPU s server %.2f, PostgreSQL %.2f%n"
                + "machine: at most %.2f of %d cores busy with other work just before an import%n"
                + "ratio import rate / JDBC rate = %.3f (target >= 0.3): %s%n"
                + "ratio to the 10 s import target = %.3f / 10 = %.2f: %s%n"
                + "ratio to the 5 s export target = %.3f / 5 = %.2f: %s%n",
            importMedian,
            importRate,
            jdbcMedian,
            jdbcRate,
            last.jdbc().databaseCpu(),
            sealingMedian,
            rows / sealingMedian,
            reimportMedian,
            exportMedian,
            String.format(
                Locale.ROOT,
                "%d added, %d updated, %d unchanged",
                last.reimported().added(),
                last.reimported().updated(),
                last.reimported().unchanged()),
            last.reimported().serverCpu(),
            last.reimported().databaseCpu(),
            last.export().bytes(),
            last.export().rows(),
            last.export().serverMs(),
            last.export().serverCpu(),
            last.export().databaseCpu(),
            busiest,
            Runtime.getRuntime().availableProcessors(),
            rateRatio,
            rateRatio >= 0.3 ? "MET" : "NOT MET",
            importMedian,
            importMedian / 10,
            importMedian <= 10 ? "MET" : "NOT MET",
            exportMedian,
            exportMedian / 5,
            exportMedian <= 5 ? "MET" : "NOT MET"));

    json.append(",\"import\":{\"rows\":").append(rows);
    json.append(",\"dwellings\":").append(file.dwellings());
    json.append(",\"buildings\":").append(file.buildings());
    json.append(",\"file_bytes\":").append(bytes);
    json.append(",\"warmup_rows\":").append(warmupRows);
    json.append(",\"warmup\":").append(warmupRun == null ? "null" : warmupRun.json());
    json.append(",\"runs\":[");
    for (int i = 0; i < runs.size(); i++) {
      Repetition x = runs.get(i);
      json.append(i == 0 ? "" : ",");
      json.append(
          String.format(
              Locale.ROOT,
              "{\"no\":%d,\"jdbc_s\":%.3f,\"jdbc_database_cpu_s\":%.2f,\"jdbc_sealing_s\":%.3f,"
                  + "\"import\":%s,\"reimport\":%s,\"versions_bumped\":%d,\"export_s\":%.3f,"
                  + "\"export_bytes\":%d,\"export_rows\":%d,\"export_server_cpu_s\":%.2f,"
                  + "\"export_database_cpu_s\":%.2f}",
              x.no(),
              x.jdbc().seconds(),
              x.jdbc().databaseCpu(),
              x.jdbcSealing().seconds(),
              x.imported().json(),
              x.reimported().json(),
              x.versionsBumped(),
              x.export().seconds(),
              x.export().bytes(),
              x.export().rows(),
              x.export().serverCpu(),
              x.export().databaseCpu()));
    }
    json.append(']');
    json.append(String.format(Locale.ROOT, ",\"median_import_s\":%.3f", importMedian));
    json.append(String.format(Locale.ROOT, ",\"median_jdbc_s\":%.3f", jdbcMedian));
    json.append(String.format(Locale.ROOT, ",\"median_jdbc_sealing_s\":%.3f", sealingMedian));
    json.append(String.format(Locale.ROOT, ",\"median_reimport_s\":%.3f", reimportMedian));
    json.append(String.format(Locale.ROOT, ",\"median_export_s\":%.3f", exportMedian));
    json.append(String.format(Locale.ROOT, ",\"rate_ratio\":%.3f", rateRatio));
    json.append(String.format(Locale.ROOT, ",\"import_target_ratio\":%.3f", importMedian / 10));
    json.append(String.format(Locale.ROOT, ",\"export_target_ratio\":%.3f", exportMedian / 5));
    json.append(String.format(Locale.ROOT, ",\"max_cores_busy_before\":%.2f", busiest));
    json.append('}');
  }

  /**
   * A spreadsheet of people nobody has registered yet: generated, its ID numbers looked up by their
   * blind indexes, and generated again without those that are taken (the demo's residents' numbers
   * are random and may use the sequence numbers the spreadsheets use) until none is.
   */
  static RegisterFile fresh(
      Connection db, int rows, int perBuilding, long seed, Set<Long> used, LocalDate today)
      throws SQLException {
    Set<Long> before = new HashSet<>(used);
    for (int attempt = 0; ; attempt++) {
      Set<Long> trying = new HashSet<>(before);
      RegisterFile file = RegisterFile.generate(rows, perBuilding, seed, trying, today);
      Map<String, String> byIndex = new HashMap<>();
      for (RegisterFile.Line line : file.lines()) {
        String number = line.person().idNumber();
        byIndex.put(Sealed.blindIndex(IdNumber.of(number)), number);
      }
      List<String> taken = new ArrayList<>();
      try (PreparedStatement st =
          db.prepareStatement(
              "select id_number_index from grids_resident where id_number_index = any(?)")) {
        st.setArray(1, db.createArrayOf("varchar", byIndex.keySet().toArray()));
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            taken.add(byIndex.get(rs.getString(1)));
          }
        }
      }
      if (taken.isEmpty()) {
        used.addAll(trying);
        return file;
      }
      if (attempt >= 10) {
        throw new IllegalStateException("ID numbers keep being taken: " + taken.size());
      }
      log("%d of the spreadsheet's ID numbers are registered already: drawn again", taken.size());
      taken.forEach(n -> before.add(Long.parseLong(n.substring(0, 17))));
    }
  }

  /**
   * Uploads a register and polls its import until it ends: the time from the POST to the end, the
   * 202, the phases as polling saw them (reading: 202 to the first WRITING or end; writing: from
   * there), the server's own created-to-finished time, CPU of the server and PostgreSQL.
   */
  ImportRun importFile(
      Connection db, ResidentData.Place grid, Path xlsx, String user, int pollMillis, boolean idle)
      throws Exception {
    double before = Double.NaN;
    if (idle) {
      double[] quiet = PeoplePagesBenchmark.machineBusy();
      Thread.sleep(3_000);
      before = PeoplePagesBenchmark.coresBusy(quiet, PeoplePagesBenchmark.machineBusy());
    }
    byte[] body = Files.readAllBytes(xlsx);
    Map<Long, Double> backends = RosterAcceptBenchmark.databaseCpu(db);
    double serverCpu = RosterAcceptBenchmark.cpuSeconds(serverPid);
    long start = System.nanoTime();
    HttpRequest post =
        HttpRequest.newBuilder(
                uri(
                    "/api/v1/grids/"
                        + grid.code()
                        + "/register/imports?allOrNothing=false&fileName="
                        + URLEncoder.encode(xlsx.getFileName().toString(), UTF_8)))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", ResidentData.basic(user))
            .header("Accept", "application/json")
            .header("Content-Type", XLSX)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<String> accepted = http.send(post, HttpResponse.BodyHandlers.ofString(UTF_8));
    long acceptedAt = System.nanoTime();
    if (accepted.statusCode() != 202) {
      throw new IllegalStateException(
          "the import answered " + accepted.statusCode() + ": " + accepted.body());
    }
    double postServer =
        ServerTiming.durationMillis(accepted.headers().allValues("Server-Timing"), "app") / 1000;
    String id = RosterAcceptBenchmark.text(accepted.body(), "id");
    String state = RosterAcceptBenchmark.text(accepted.body(), "state");
    String seen = accepted.body();
    long writingAt = 0;
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (state.equals("QUEUED") || state.equals("READING") || state.equals("WRITING")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("import " + id + " did not end in 30 minutes: " + seen);
      }
      Thread.sleep(pollMillis);
      Exchange polled = get("/api/v1/register-imports/" + id, user);
      if (polled.status() != 200) {
        throw new IllegalStateException("reading the import answered " + polled.status());
      }
      seen = polled.body();
      state = RosterAcceptBenchmark.text(seen, "state");
      if (writingAt == 0 && !state.equals("QUEUED") && !state.equals("READING")) {
        writingAt = System.nanoTime();
      }
    }
    long end = System.nanoTime();
    serverCpu = RosterAcceptBenchmark.cpuSeconds(serverPid) - serverCpu;
    double databaseCpu = 0;
    for (Map.Entry<Long, Double> backend : RosterAcceptBenchmark.databaseCpu(db).entrySet()) {
      databaseCpu += backend.getValue() - backends.getOrDefault(backend.getKey(), 0.0);
    }
    if (!state.equals("DONE")) {
      throw new IllegalStateException("import " + id + " ended " + state + ": " + seen);
    }
    String created = RosterAcceptBenchmark.text(seen, "createdAt");
    String finished = RosterAcceptBenchmark.text(seen, "finishedAt");
    double serverSeconds =
        created == null || finished == null
            ? Double.NaN
            : Duration.between(OffsetDateTime.parse(created), OffsetDateTime.parse(finished))
                    .toNanos()
                / 1e9;
    return new ImportRun(
        id,
        state,
        (int) RosterAcceptBenchmark.number(seen, "added"),
        (int) RosterAcceptBenchmark.number(seen, "updated"),
        (int) RosterAcceptBenchmark.number(seen, "unchanged"),
        (int) RosterAcceptBenchmark.number(seen, "rowsRejected"),
        (end - start) / 1e9,
        (acceptedAt - start) / 1e9,
        postServer,
        ((writingAt == 0 ? end : writingAt) - acceptedAt) / 1e9,
        (end - (writingAt == 0 ? end : writingAt)) / 1e9,
        serverSeconds,
        serverCpu,
        databaseCpu,
        before,
        seen);
  }

  /**
   * The import says what it did, and the grid holds the file's residents: counted over JDBC, each
   * found by the blind index of the file's ID number, ID numbers and phones sealed.
   */
  static void verifyImport(
      Connection db,
      ResidentData.Place grid,
      RegisterFile file,
      ImportRun run,
      int added,
      int updated,
      int unchanged)
      throws SQLException {
    List<String> wrong = new ArrayList<>();
    if (run.added() != added || run.updated() != updated || run.unchanged() != unchanged) {
      wrong.add(
          String.format(
              Locale.ROOT,
              "added/updated/unchanged %d/%d/%d, expected %d/%d/%d",
              run.added(),
              run.updated(),
              run.unchanged(),
              added,
              updated,
              unchanged));
    }
    if (run.rejected() != 0) {
      wrong.add(run.rejected() + " rows rejected: " + run.body());
    }
    long[] counted = counts(db, grid);
    if (counted[0] != file.residents()) {
      wrong.add(counted[0] + " residents in the grid, the file has " + file.residents());
    }
    if (counted[1] != file.dwellings()) {
      wrong.add(counted[1] + " dwellings in the grid, the file has " + file.dwellings());
    }
    if (counted[2] != file.buildings()) {
      wrong.add(counted[2] + " buildings in the grid, the file has " + file.buildings());
    }
    if (counted[3] != file.residents()) {
      wrong.add(counted[3] + " ID numbers sealed (enc:v…), expected " + file.residents());
    }
    List<String> indexes =
        file.lines().stream()
            .map(l -> Sealed.blindIndex(IdNumber.of(l.person().idNumber())))
            .toList();
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(*) from grids_resident where region_path = ?"
                + " and id_number_index = any(?)")) {
      st.setString(1, grid.path());
      st.setArray(2, db.createArrayOf("varchar", indexes.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        if (rs.getLong(1) != file.residents()) {
          wrong.add(rs.getLong(1) + " of the file's ID numbers found by their blind index");
        }
      }
    }
    if (!wrong.isEmpty()) {
      throw new IllegalStateException("the import into " + grid.code() + " is wrong: " + wrong);
    }
  }

  /** Residents, dwellings, buildings of a grid, and residents whose ID number is sealed. */
  static long[] counts(Connection db, ResidentData.Place grid) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select (select count(*) from grids_resident where region_path = ?),"
                + " (select count(*) from grids_dwelling where region_path = ?),"
                + " (select count(*) from grids_building where grid_code = ?),"
                + " (select count(*) from grids_resident where region_path = ?"
                + "   and id_number like 'enc:v%' and (phone is null or phone like 'enc:v%'))")) {
      st.setString(1, grid.path());
      st.setString(2, grid.path());
      st.setString(3, grid.code());
      st.setString(4, grid.path());
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
      }
    }
  }

  static long versionsAbove(Connection db, ResidentData.Place grid, long version)
      throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(*) from grids_resident where region_path = ? and version > ?")) {
      st.setString(1, grid.path());
      st.setLong(2, version);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * The raw JDBC batch insert of a file's buildings, dwellings and residents into the grid, in one
   * transaction ({@code batch} rows an executeBatch), timed from the first insert to the commit.
   * With {@code sealInLoop} false the sealed ID numbers and phones, blind indexes and name keys are
   * computed before the clock starts; with it, in the loop.
   */
  static JdbcRun jdbcInsert(
      Connection db, ResidentData.Place grid, RegisterFile file, boolean sealInLoop, int batch)
      throws SQLException {
    long prepareStart = System.nanoTime();
    List<RegisterFile.Line> lines = file.lines();
    int n = lines.size();
    Map<String, UUID> buildings = new LinkedHashMap<>();
    Map<String, UUID> dwellings = new LinkedHashMap<>();
    Map<String, RegisterFile.Line> dwellingLine = new HashMap<>();
    UUID[] residentDwelling = new UUID[n];
    for (int i = 0; i < n; i++) {
      RegisterFile.Line line = lines.get(i);
      buildings.computeIfAbsent(line.building(), b -> UUID.randomUUID());
      residentDwelling[i] = dwellings.computeIfAbsent(line.dwellingKey(), k -> UUID.randomUUID());
      dwellingLine.putIfAbsent(line.dwellingKey(), line);
    }
    String[] sealedIds = new String[n];
    String[] indexes = new String[n];
    String[] sealedPhones = new String[n];
    byte[][] nameKeys = new byte[n][];
    if (!sealInLoop) {
      for (int i = 0; i < n; i++) {
        seal(lines.get(i).person(), i, sealedIds, indexes, sealedPhones, nameKeys);
      }
    }
    double prepareSeconds = (System.nanoTime() - prepareStart) / 1e9;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long backend = backendPid(db);
    double cpuBefore = RosterAcceptBenchmark.cpuSeconds(backend);
    long start = System.nanoTime();
    db.setAutoCommit(false);
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
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
      int pending = 0;
      for (Map.Entry<String, UUID> b : buildings.entrySet()) {
        building.setObject(1, b.getValue());
        building.setString(2, grid.code());
        building.setString(3, grid.path());
        building.setString(4, b.getKey());
        building.setBytes(5, NameOrder.key(b.getKey()));
        building.setObject(6, now);
        building.addBatch();
        if (++pending % batch == 0) {
          building.executeBatch();
        }
      }
      building.executeBatch();
      pending = 0;
      for (Map.Entry<String, UUID> d : dwellings.entrySet()) {
        RegisterFile.Line line = dwellingLine.get(d.getKey());
        dwelling.setObject(1, d.getValue());
        dwelling.setObject(2, buildings.get(line.building()));
        dwelling.setString(3, line.unit());
        dwelling.setString(4, line.room());
        dwelling.setString(5, grid.path());
        dwelling.setObject(6, now);
        dwelling.addBatch();
        if (++pending % batch == 0) {
          dwelling.executeBatch();
        }
      }
      dwelling.executeBatch();
      for (int i = 0; i < n; i++) {
        ResidentData.Person p = lines.get(i).person();
        if (sealInLoop) {
          seal(p, i, sealedIds, indexes, sealedPhones, nameKeys);
        }
        resident.setObject(1, UUID.randomUUID());
        resident.setObject(2, residentDwelling[i]);
        resident.setString(3, grid.path());
        resident.setString(4, p.name());
        resident.setBytes(5, nameKeys[i]);
        resident.setString(6, sealedIds[i]);
        resident.setString(7, indexes[i]);
        resident.setString(8, sealedPhones[i]);
        resident.setString(9, p.relation().name());
        resident.setBoolean(10, p.elderlyLivingAlone());
        resident.setBoolean(11, p.needsHelp());
        resident.setBoolean(12, p.partyMember());
        resident.setBoolean(13, p.servingPartyMember());
        resident.setObject(14, now);
        resident.setObject(15, now);
        resident.addBatch();
        if ((i + 1) % batch == 0) {
          resident.executeBatch();
        }
      }
      resident.executeBatch();
      db.commit();
    } catch (SQLException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = RosterAcceptBenchmark.cpuSeconds(backend) - cpuBefore;
    long counted = counts(db, grid)[0];
    if (counted != n) {
      throw new IllegalStateException("the JDBC insert left " + counted + " residents, not " + n);
    }
    return new JdbcRun(sealInLoop, seconds, prepareSeconds, cpu, counted);
  }

  private static void seal(
      ResidentData.Person p,
      int i,
      String[] sealedIds,
      String[] indexes,
      String[] sealedPhones,
      byte[][] nameKeys) {
    sealedIds[i] = Sealed.seal("IdNumber", p.idNumber());
    indexes[i] = Sealed.blindIndex(IdNumber.of(p.idNumber()));
    sealedPhones[i] = p.phone() == null ? null : Sealed.seal("PhoneNumber", p.phone());
    nameKeys[i] = NameOrder.key(p.name());
  }

  /** Downloads the grid's register, reads it back with the application's reader, checks masks. */
  ExportRun exportGrid(Connection db, ResidentData.Place grid, String user) throws Exception {
    Map<Long, Double> backends = RosterAcceptBenchmark.databaseCpu(db);
    double serverCpu = RosterAcceptBenchmark.cpuSeconds(serverPid);
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/v1/grids/" + grid.code() + "/register"))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", ResidentData.basic(user))
            .header("Accept", XLSX)
            .GET()
            .build();
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    double seconds = (System.nanoTime() - start) / 1e9;
    serverCpu = RosterAcceptBenchmark.cpuSeconds(serverPid) - serverCpu;
    double databaseCpu = 0;
    for (Map.Entry<Long, Double> backend : RosterAcceptBenchmark.databaseCpu(db).entrySet()) {
      databaseCpu += backend.getValue() - backends.getOrDefault(backend.getKey(), 0.0);
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "the export answered "
              + response.statusCode()
              + ": "
              + new String(response.body(), UTF_8));
    }
    Path file = Files.createTempFile("register-export-", ".xlsx");
    try {
      Files.write(file, response.body());
      List<RegisterSheet.Row> rows = new ArrayList<>();
      RegisterSheet.read(file, rows::add);
      for (RegisterSheet.Row row : rows) {
        String id = row.get(RegisterColumn.ID_NUMBER);
        if (!MASKED_ID.matcher(id).matches()) {
          throw new IllegalStateException(
              "row " + row.number() + " of the export has an ID number that is not masked");
        }
      }
      return new ExportRun(
          seconds,
          ServerTiming.durationMillis(response.headers().allValues("Server-Timing"), "app"),
          response.body().length,
          rows.size(),
          serverCpu,
          databaseCpu);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  // ---------------------------------------------------------------- heap

  void heap(
      Connection db,
      StringBuilder out,
      StringBuilder json,
      Path work,
      ResidentData.Place grid,
      String importer,
      List<Integer> sizes,
      int perBuilding,
      int intervalMillis,
      int pollMillis,
      long seed)
      throws Exception {
    if (serverPid <= 0) {
      throw new IllegalStateException("--server-pid is needed to read the server's heap");
    }
    LocalDate today = LocalDate.now(RosterAcceptBenchmark.ZONE);
    List<HeapRun> runs = new ArrayList<>();
    try (LiveHeap heap = LiveHeap.attach(serverPid)) {
      for (int rows : sizes) {
        clear(db, grid, true);
        RegisterFile file = fresh(db, rows, perBuilding, seed + rows, new HashSet<>(), today);
        Path xlsx = work.resolve("register-heap-" + rows + ".xlsx");
        long bytes = file.write(xlsx);
        long before = Math.min(heap.live(), heap.live());
        LiveHeap.Sampler sampler = heap.sample(intervalMillis);
        ImportRun run = importFile(db, grid, xlsx, importer, pollMillis, false);
        long importPeak = sampler.stop();
        int importSamples = sampler.samples();
        verifyImport(db, grid, file, run, rows, 0, 0);
        LiveHeap.Sampler exporting = heap.sample(intervalMillis);
        ExportRun export = exportGrid(db, grid, importer);
        long exportPeak = exporting.stop();
        if (export.rows() != rows) {
          throw new IllegalStateException("the export has " + export.rows() + " rows");
        }
        long after = heap.live();
        HeapRun h =
            new HeapRun(
                rows,
                bytes,
                before,
                importPeak,
                exportPeak,
                after,
                importSamples,
                exporting.samples(),
                run.totalSeconds(),
                run.databaseCpu(),
                export.seconds(),
                export.databaseCpu(),
                run.state());
        runs.add(h);
        log(
            "heap, %,d rows (%,d bytes): live %.1f MiB before, import peak %.1f MiB (%d samples),"
                + " export peak %.1f MiB (%d samples), after %.1f MiB",
            rows,
            bytes,
            mib(before),
            mib(importPeak),
            importSamples,
            mib(exportPeak),
            exporting.samples(),
            mib(after));
        clear(db, grid, true);
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nHEAP — the server's live heap (a full GC, then the heap pools' usage after it; JMX),"
                + " every %d ms"
                + " during an import and an export; MiB (times and PostgreSQL CPU s: with the"
                + " forced GCs)%n%8s %10s %9s %12s %10s %12s %10s %9s %8s %9s %8s%n",
            intervalMillis,
            "rows",
            "file KiB",
            "before",
            "import peak",
            "+ import",
            "export peak",
            "+ export",
            "import s",
            "imp db",
            "export s",
            "exp db"));
    for (HeapRun h : runs) {
      out.append(
          String.format(
              Locale.ROOT,
              "%,8d %,10.0f %9.1f %12.1f %10.1f %12.1f %10.1f %9.2f %8.2f %9.2f %8.2f%n",
              h.rows(),
              h.fileBytes() / 1024.0,
              mib(h.before()),
              mib(h.importPeak()),
              mib(h.importPeak() - h.before()),
              mib(h.exportPeak()),
              mib(h.exportPeak() - h.before()),
              h.importSeconds(),
              h.importDatabaseCpu(),
              h.exportSeconds(),
              h.exportDatabaseCpu()));
    }
    if (runs.size() >= 2) {
      // between the two largest files: a small file's import can be over between two samples
      List<HeapRun> bySize =
          runs.stream().sorted(java.util.Comparator.comparingInt(HeapRun::rows)).toList();
      HeapRun small = bySize.get(bySize.size() - 2);
      HeapRun large = bySize.get(bySize.size() - 1);
      double perRow =
          (double) ((large.importPeak() - large.before()) - (small.importPeak() - small.before()))
              / (large.rows() - small.rows());
      double exportPerRow =
          (double) ((large.exportPeak() - large.before()) - (small.exportPeak() - small.before()))
              / (large.rows() - small.rows());
      out.append(
          String.format(
              Locale.ROOT,
              "growth from %,d to %,d rows: import %.2f KiB of live heap per row, export %.2f KiB"
                  + " per row%n",
              small.rows(),
              large.rows(),
              perRow / 1024,
              exportPerRow / 1024));
      json.append(String.format(Locale.ROOT, ",\"heap_import_bytes_per_row\":%.0f", perRow));
      json.append(String.format(Locale.ROOT, ",\"heap_export_bytes_per_row\":%.0f", exportPerRow));
    }
    json.append(",\"heap\":[");
    for (int i = 0; i < runs.size(); i++) {
      HeapRun h = runs.get(i);
      json.append(i == 0 ? "" : ",");
      json.append(
          String.format(
              Locale.ROOT,
              "{\"rows\":%d,\"file_bytes\":%d,\"live_before\":%d,\"import_peak\":%d,"
                  + "\"export_peak\":%d,\"live_after\":%d,\"import_samples\":%d,"
                  + "\"export_samples\":%d,\"import_s\":%.2f,\"import_database_cpu_s\":%.2f,"
                  + "\"export_s\":%.2f,\"export_database_cpu_s\":%.2f}",
              h.rows(),
              h.fileBytes(),
              h.before(),
              h.importPeak(),
              h.exportPeak(),
              h.after(),
              h.importSamples(),
              h.exportSamples(),
              h.importSeconds(),
              h.importDatabaseCpu(),
              h.exportSeconds(),
              h.exportDatabaseCpu()));
    }
    json.append(']');
  }

  static double mib(long bytes) {
    return bytes / 1048576.0;
  }

  /**
   * The live heap of another JVM: attached through the attach API, its local JMX agent started,
   * then {@link MemoryMXBean#gc()} (a full collection) and the heap used after it.
   */
  static final class LiveHeap implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final List<MemoryPoolMXBean> pools;

    private LiveHeap(JMXConnector connector, MemoryMXBean memory, List<MemoryPoolMXBean> pools) {
      this.connector = connector;
      this.memory = memory;
      this.pools = pools;
    }

    static LiveHeap attach(long pid) throws Exception {
      VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
      String address;
      try {
        address = vm.startLocalManagementAgent();
      } finally {
        vm.detach();
      }
      JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
      MBeanServerConnection mbeans = connector.getMBeanServerConnection();
      List<MemoryPoolMXBean> heapPools =
          ManagementFactory.getPlatformMXBeans(mbeans, MemoryPoolMXBean.class).stream()
              .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
              .toList();
      return new LiveHeap(
          connector,
          ManagementFactory.newPlatformMXBeanProxy(
              mbeans, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class),
          heapPools);
    }

    /**
     * The heap used just after a full collection, in bytes: the heap pools' usage as the collection
     * left it ({@link MemoryPoolMXBean#getCollectionUsage()}), not the heap used when asked, which
     * would count what the import allocated in between (on a busy machine this reader may wait tens
     * of milliseconds for a core).
     */
    long live() {
      memory.gc();
      long used = 0;
      for (MemoryPoolMXBean pool : pools) {
        used += pool.getCollectionUsage().getUsed();
      }
      return used;
    }

    /** Samples {@link #live()} every {@code intervalMillis} until stopped. */
    Sampler sample(int intervalMillis) {
      Sampler sampler = new Sampler(intervalMillis);
      sampler.thread.start();
      return sampler;
    }

    final class Sampler {
      private final Thread thread;
      private volatile boolean stopped;
      private volatile long peak;
      private volatile int samples;
      private volatile RuntimeException failure;

      Sampler(int intervalMillis) {
        thread =
            new Thread(
                () -> {
                  try {
                    while (!stopped) {
                      long used = live();
                      peak = Math.max(peak, used);
                      samples++;
                      Thread.sleep(intervalMillis);
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } catch (RuntimeException e) {
                    failure = e;
                  }
                },
                "live-heap");
        thread.setDaemon(true);
      }

      /** Stops sampling: the highest live heap seen (one last sample included). */
      long stop() throws InterruptedException {
        stopped = true;
        thread.join();
        if (failure != null) {
          throw failure;
        }
        long last = live();
        samples++;
        return Math.max(peak, last);
      }

      int samples() {
        return samples;
      }
    }

    @Override
    public void close() throws IOException {
      connector.close();
    }
  }

  // ---------------------------------------------------------------- common

  /**
   * The benchmark's own grids under the community, codes 901–903 (import, warm-up, heap), added as
   * CSV by {@code admin} when missing.
   */
  List<ResidentData.Place> benchGrids(Connection db, String community) throws Exception {
    ResidentData.Place parent = ResidentData.place(db, community);
    String[][] grids = {
      {"901", "导入基准网格", "Import Benchmark Grid"},
      {"902", "导入预热网格", "Import Warm-up Grid"},
      {"903", "导入内存网格", "Import Heap Grid"}
    };
    StringBuilder csv = new StringBuilder("code,name,nameEn,parentCode\n");
    for (String[] g : grids) {
      csv.append(community)
          .append(g[0])
          .append(',')
          .append(parent.name())
          .append(g[1])
          .append(',')
          .append(g[2])
          .append(',')
          .append(community)
          .append('\n');
    }
    HttpResponse<String> imported =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/admin/regions/import"))
                .timeout(Duration.ofMinutes(1))
                .header("Authorization", ResidentData.basic("admin"))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(UTF_8));
    if (imported.statusCode() != 200) {
      throw new IllegalStateException(
          "importing the benchmark's grids answered "
              + imported.statusCode()
              + ": "
              + imported.body());
    }
    List<ResidentData.Place> places = new ArrayList<>();
    for (String[] g : grids) {
      places.add(ResidentData.place(db, community + g[0]));
    }
    return places;
  }

  /** Empties a grid's register (residents, dwellings, buildings); then VACUUM ANALYZE if asked. */
  static void clear(Connection db, ResidentData.Place grid, boolean vacuum) throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement residents =
            db.prepareStatement("delete from grids_resident where region_path = ?");
        PreparedStatement dwellings =
            db.prepareStatement("delete from grids_dwelling where region_path = ?");
        PreparedStatement buildings =
            db.prepareStatement("delete from grids_building where grid_code = ?")) {
      residents.setString(1, grid.path());
      dwellings.setString(1, grid.path());
      buildings.setString(1, grid.code());
      residents.executeUpdate();
      dwellings.executeUpdate();
      buildings.executeUpdate();
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
    if (vacuum) {
      vacuum(db);
    }
  }

  /** Each run starts from tables in the same state, not from the dead rows of the last one. */
  static void vacuum(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      for (String table : List.of("grids_resident", "grids_dwelling", "grids_building")) {
        st.execute("vacuum analyze " + table);
      }
    }
  }

  static long backendPid(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static double median(List<Repetition> runs, java.util.function.ToDoubleFunction<Repetition> f) {
    return RosterAcceptBenchmark.median(runs.stream().mapToDouble(f).toArray());
  }

  URI uri(String pathAndQuery) {
    return URI.create(base.toString().replaceAll("/+$", "") + pathAndQuery);
  }

  HttpRequest request(String pathAndQuery, String user) {
    return HttpRequest.newBuilder(uri(pathAndQuery))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", ResidentData.basic(user))
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  Exchange get(String pathAndQuery, String user) throws IOException, InterruptedException {
    HttpRequest request = request(pathAndQuery, user);
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    double client = (System.nanoTime() - start) / 1e6;
    return new Exchange(
        response.statusCode(),
        response.body(),
        response.headers().firstValue("Location").orElse(null),
        ServerTiming.durationMillis(response.headers().allValues("Server-Timing"), "app"),
        client);
  }

  static String next(Exchange page) {
    Matcher m = NEXT.matcher(page.body());
    return m.find() ? m.group(1) : null;
  }

  static String pageAfter(String cursor) {
    return "/api/v1/residents?size=20&cursor=" + URLEncoder.encode(cursor, UTF_8);
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "register: " + format + "%n", args);
  }
}
