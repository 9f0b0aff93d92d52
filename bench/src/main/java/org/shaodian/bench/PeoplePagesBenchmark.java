package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 5, "Lists that cost a page, not a jurisdiction": the people list of a town (50,000 people)
 * and of the city (1.05 million), against a running server on the data {@link PeopleData} loads.
 *
 * <ol>
 *   <li>Single requests, one at a time: the first page, a deep page (the cursor after walking
 *       {@code --deep} pages of {@code next}) and the deepest page number ({@code page=499}) for
 *       each account; server time ({@code Server-Timing: app;dur}) and client latency.
 *   <li>Load: {@code --rate} requests/s for {@code --duration} s after {@code --warmup} s on {@code
 *       --connections} connections ({@link LoadGenerator}, constant rate), first and deep pages of
 *       both accounts in turn.
 *   <li>Baseline: the old implementation's queries over JDBC on the same data — {@code count(*)} of
 *       the jurisdiction, then {@code order by region_path, name, id offset … limit 20} — for the
 *       same first page and for page 2,000, with the old index {@code rosters_person_scope}
 *       re-created for the measurement and dropped afterwards. Its time (count + page) over the new
 *       API's server time is the ratio printed.
 * </ol>
 *
 * Prints a table and one line of JSON (also written to {@code --json-out} if given).
 */
public final class PeoplePagesBenchmark {

  private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
  private static final String PASSWORD = "shaodian";

  /** A demo account and the jurisdiction its list covers. */
  record Account(String key, String user, String regionPath) {

    String authorization() {
      return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(UTF_8));
    }
  }

  /** Times of one kind of request, in milliseconds. */
  record Sample(String name, double[] server, double[] client) {

    static double percentile(double[] values, double p) {
      if (values.length == 0) {
        return Double.NaN;
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    double serverP50() {
      return percentile(server, 50);
    }

    String json() {
      return String.format(
          Locale.ROOT,
          "{\"n\":%d,\"server_p50\":%.2f,\"server_p99\":%.2f,\"server_max\":%.2f,"
              + "\"client_p50\":%.2f,\"client_p99\":%.2f,\"client_max\":%.2f}",
          server.length,
          percentile(server, 50),
          percentile(server, 99),
          percentile(server, 100),
          percentile(client, 50),
          percentile(client, 99),
          percentile(client, 100));
    }
  }

  /** One response: status, body, server time (NaN without the header), client time. */
  record Exchange(int status, String body, double serverMs, double clientMs) {}

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  PeoplePagesBenchmark(URI base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = PeopleData.options(args);
    URI base = URI.create(o.getOrDefault("url", "http://localhost:9480"));
    String jdbc = o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/shaodian_bench");
    String dbUser = o.getOrDefault("db-user", "postgres");
    String dbPassword = o.getOrDefault("db-password", "");
    int samples = Integer.parseInt(o.getOrDefault("samples", "200"));
    int warmupSamples = Integer.parseInt(o.getOrDefault("warmup-samples", "50"));
    int deep = Integer.parseInt(o.getOrDefault("deep", "2000"));
    double rate = Double.parseDouble(o.getOrDefault("rate", "200"));
    int connections = Integer.parseInt(o.getOrDefault("connections", "16"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
    int duration = Integer.parseInt(o.getOrDefault("duration", "60"));
    int baselineSamples = Integer.parseInt(o.getOrDefault("baseline-samples", "20"));
    String machine =
        o.getOrDefault("machine", Runtime.getRuntime().availableProcessors() + " cores");
    String jsonOut = o.get("json-out");
    // which parts to run (all by default): singles, load, baseline
    List<String> phases = List.of(o.getOrDefault("phases", "singles,load,baseline").split(","));

    List<Account> accounts =
        List.of(
            new Account("town", "shouchang-official", "/330100/330182/330182107000/"),
            new Account("city", "admin", "/330100/"));
    PeoplePagesBenchmark bench = new PeoplePagesBenchmark(base);
    Map<String, Sample> results = new LinkedHashMap<>();
    Map<String, List<String>> deepCursors = new LinkedHashMap<>();
    Map<String, String> deepCursor = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    Map<String, Boolean> exact = new LinkedHashMap<>();
    Map<String, Sample> walks = new LinkedHashMap<>();

    // 1. warm-up, the walk to a deep cursor, then samples of each kind one at a time
    for (Account account : accounts) {
      String first = "/api/v1/people?size=20";
      Exchange probe = bench.get(first, account);
      if (probe.status() != 200) {
        throw new IllegalStateException(
            account.user() + ": " + first + " answered " + probe.status() + ": " + probe.body());
      }
      Matcher total = TOTAL.matcher(probe.body());
      totals.put(account.key(), total.find() ? Long.parseLong(total.group(1)) : -1);
      exact.put(account.key(), !probe.body().contains("\"totalExact\":false"));
      for (int i = 0; i < warmupSamples; i++) {
        bench.get(first, account);
        bench.get("/api/v1/people?size=20&page=499", account);
      }
      log("%s: walking %d pages of next cursors", account.user(), deep);
      List<String> cursors = new ArrayList<>();
      double[] walkServer = new double[deep];
      double[] walkClient = new double[deep];
      String cursor = next(probe);
      for (int page = 1; page <= deep; page++) {
        if (cursor == null) {
          throw new IllegalStateException(account.user() + ": the list ends before page " + page);
        }
        cursors.add(cursor);
        if (page == deep) {
          break;
        }
        Exchange step = bench.get(pageAfter(cursor), account);
        walkServer[page - 1] = step.serverMs();
        walkClient[page - 1] = step.clientMs();
        cursor = next(step);
      }
      // cursors.get(p - 1) starts page p (0-based): the deep page is page `deep`
      deepCursor.put(account.key(), cursors.get(deep - 1));
      deepCursors.put(account.key(), cursors.subList(deep / 2, deep));
      walks.put(
          account.key(),
          new Sample(
              account.key() + " walk",
              Arrays.copyOf(walkServer, deep - 1),
              Arrays.copyOf(walkClient, deep - 1)));
    }
    for (Account account : phases.contains("singles") ? accounts : List.<Account>of()) {
      Map<String, String> kinds = new LinkedHashMap<>();
      kinds.put("first", "/api/v1/people?size=20");
      kinds.put("deep", pageAfter(deepCursor.get(account.key())));
      kinds.put("page499", "/api/v1/people?size=20&page=499");
      for (Map.Entry<String, String> kind : kinds.entrySet()) {
        for (int i = 0; i < warmupSamples / 2; i++) {
          bench.get(kind.getValue(), account);
        }
        double[] server = new double[samples];
        double[] client = new double[samples];
        for (int i = 0; i < samples; i++) {
          Exchange e = bench.get(kind.getValue(), account);
          if (e.status() != 200) {
            throw new IllegalStateException(kind.getValue() + " answered " + e.status());
          }
          server[i] = e.serverMs();
          client[i] = e.clientMs();
        }
        String name = account.key() + " " + kind.getKey();
        results.put(name, new Sample(name, server, client));
        log("%s: server p50 %.2f ms", name, results.get(name).serverP50());
      }
    }

    // 2. constant-rate load: first and deep pages of both accounts in turn
    Random pick = new Random(5);
    List<HttpRequest> firsts = new ArrayList<>();
    List<List<HttpRequest>> deeps = new ArrayList<>();
    for (Account account : accounts) {
      firsts.add(bench.request("/api/v1/people?size=20", account));
      deeps.add(
          deepCursors.get(account.key()).stream()
              .map(c -> bench.request(pageAfter(c), account))
              .toList());
    }
    long[] turn = {0};
    Supplier<HttpRequest> mix =
        () -> {
          long n = turn[0]++;
          int account = (int) (n % accounts.size());
          if ((n / accounts.size()) % 2 == 0) {
            return firsts.get(account);
          }
          List<HttpRequest> cursors = deeps.get(account);
          return cursors.get(pick.nextInt(cursors.size()));
        };
    // how busy the machine is without our requests (other work shares these cores), then with
    double[] idle = machineBusy();
    Thread.sleep(3_000);
    double background = coresBusy(idle, machineBusy());
    log(
        "load: %.0f req/s, %d connections, %d s warm-up + %d s measured",
        rate, connections, warmup, duration);
    double[] loadStart = machineBusy();
    LoadGenerator.Result load =
        !phases.contains("load")
            ? null
            : new LoadGenerator(
                    LoadGenerator.builder()
                        .requestSupplier(mix)
                        .rate(rate)
                        .connections(connections)
                        .warmup(Duration.ofSeconds(warmup))
                        .duration(Duration.ofSeconds(duration))
                        .build())
                .run();
    double duringLoad = coresBusy(loadStart, machineBusy());

    // 3. the baseline: the old queries over JDBC, with the old index
    Map<String, Sample> baseline = new LinkedHashMap<>();
    if (phases.contains("baseline")) {
      try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
        baseline(db, accounts, baselineSamples, deep, baseline);
      }
    }

    // 4. report
    String date = o.getOrDefault("date", LocalDate.now().toString());
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%nPeople pages (issue 5), %s, %s; the lists' totals: town %,d%s, city %,d%s%n",
            date,
            machine,
            totals.get("town"),
            exact.get("town") ? "" : "+",
            totals.get("city"),
            exact.get("city") ? "" : "+"));
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
    List<Sample> rows = new ArrayList<>(results.values());
    rows.addAll(walks.values());
    for (Sample s : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f%n",
              s.name(),
              Sample.percentile(s.server(), 50),
              Sample.percentile(s.server(), 99),
              Sample.percentile(s.server(), 100),
              Sample.percentile(s.client(), 50),
              Sample.percentile(s.client(), 99),
              Sample.percentile(s.client(), 100)));
    }
    if (load != null) {
      out.append(String.format(Locale.ROOT, "%nload (first and deep pages, both accounts)%n"));
      out.append(load.report());
      out.append(
          String.format(
              Locale.ROOT,
              "machine CPU busy: %.2f of %d cores just before the load (others' work), %.2f during"
                  + " it (everything)%n",
              background,
              Runtime.getRuntime().availableProcessors(),
              duringLoad));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nbaseline: old queries over JDBC (count + offset page), ms%n%-22s %9s %9s %9s %9s %9s%n",
            "",
            "p50",
            "p99",
            "new p50",
            "ratio",
            ""));
    Map<String, Double> ratios = new LinkedHashMap<>();
    for (Map.Entry<String, Sample> b : baseline.entrySet()) {
      String newName = b.getKey().replace(" page" + deep, " deep");
      Sample now = results.get(newName);
      if (now == null) {
        continue;
      }
      double ratio = Sample.percentile(b.getValue().server(), 50) / now.serverP50();
      ratios.put(b.getKey(), ratio);
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %9.2f %9.2f %9.2f %8.1fx%n",
              b.getKey(),
              Sample.percentile(b.getValue().server(), 50),
              Sample.percentile(b.getValue().server(), 99),
              now.serverP50(),
              ratio));
    }
    boolean singles =
        results.entrySet().stream()
            .filter(e -> !e.getKey().endsWith("page499"))
            .allMatch(e -> e.getValue().serverP50() <= 10.0);
    boolean loadOk =
        load != null && load.keptUp() && load.errorCount() == 0 && load.latency().p99() <= 50.0;
    out.append(
        String.format(
            Locale.ROOT,
            "%ntarget: first and deep pages <= 10 ms server time (p50): %s; %.0f pages/s with"
                + " p99 <= 50 ms: %s (achieved %.1f/s, p99 %.2f ms)%n",
            singles ? "MET" : "NOT MET",
            rate,
            loadOk ? "MET" : "NOT MET",
            load == null ? Double.NaN : load.achievedRate(),
            load == null ? Double.NaN : load.latency().p99()));
    System.out.print(out);

    StringBuilder json = new StringBuilder("{\"benchmark\":\"people-pages\"");
    json.append(",\"date\":\"").append(date).append('"');
    json.append(",\"machine\":").append(LoadGenerator.jsonString(machine));
    json.append(",\"town_total\":").append(totals.get("town"));
    json.append(",\"city_total\":").append(totals.get("city"));
    json.append(",\"deep_page\":").append(deep);
    for (Sample s : rows) {
      json.append(",\"").append(s.name().replace(' ', '_')).append("\":").append(s.json());
    }
    json.append(",\"load\":").append(load == null ? "null" : load.toJson());
    json.append(String.format(Locale.ROOT, ",\"cores_busy_before_load\":%.2f", background));
    json.append(String.format(Locale.ROOT, ",\"cores_busy_during_load\":%.2f", duringLoad));
    for (Map.Entry<String, Sample> b : baseline.entrySet()) {
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
    json.append(",\"single_target_met\":").append(singles);
    json.append(",\"load_target_met\":").append(loadOk);
    json.append('}');
    System.out.println(json);
    if (jsonOut != null) {
      Files.writeString(Path.of(jsonOut), json + System.lineSeparator(), UTF_8);
    }
  }

  /**
   * The old list's queries, as the old implementation sent them (bound parameters, so prepared
   * statements as Hibernate's): the jurisdiction's count, then the page by offset. The old index
   * (region_path varchar_pattern_ops, name) is re-created for this and dropped afterwards.
   */
  static void baseline(
      Connection db, List<Account> accounts, int samples, int deep, Map<String, Sample> into)
      throws SQLException {
    db.setAutoCommit(true);
    try (Statement st = db.createStatement()) {
      log("baseline: creating the old index rosters_person_scope");
      st.execute(
          "create index if not exists rosters_person_scope on rosters_person"
              + " (region_path varchar_pattern_ops, name)");
      st.execute("analyze rosters_person");
    }
    try {
      String count = "select count(*) from rosters_person where region_path like ? and active";
      String page =
          "select id, name, phone, affiliation, party_member, home_region, region_path, active,"
              + " version, registered_at, updated_at from rosters_person"
              + " where region_path like ? and active order by region_path, name, id"
              + " offset ? limit 20";
      try (PreparedStatement counting = db.prepareStatement(count);
          PreparedStatement paging = db.prepareStatement(page)) {
        for (Account account : accounts) {
          for (int pageNumber : new int[] {0, deep}) {
            String name = account.key() + (pageNumber == 0 ? " first" : " page" + pageNumber);
            double[] total = new double[samples];
            double[] pageOnly = new double[samples];
            for (int i = -3; i < samples; i++) {
              long start = System.nanoTime();
              counting.setString(1, account.regionPath() + "%");
              try (ResultSet rs = counting.executeQuery()) {
                rs.next();
              }
              long counted = System.nanoTime();
              paging.setString(1, account.regionPath() + "%");
              paging.setInt(2, pageNumber * 20);
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
            // server = count + page, client = the page query alone (for the table)
            into.put(name, new Sample(name, total, pageOnly));
            log("baseline %s: p50 %.2f ms", name, Sample.percentile(total, 50));
          }
        }
      }
    } finally {
      try (Statement st = db.createStatement()) {
        st.execute("drop index if exists rosters_person_scope");
      }
    }
  }

  /** Busy and total jiffies of all CPUs from /proc/stat (zeros where there is none). */
  static double[] machineBusy() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      double busy = 0;
      double total = 0;
      for (int i = 1; i < Math.min(f.length, 9); i++) {
        double v = Double.parseDouble(f[i]);
        total += v;
        if (i != 4 && i != 5) { // idle, iowait
          busy += v;
        }
      }
      return new double[] {busy, total};
    } catch (IOException | RuntimeException e) {
      return new double[] {0, 0};
    }
  }

  /** Cores busy on average between two {@link #machineBusy()} readings. */
  static double coresBusy(double[] from, double[] to) {
    double total = to[1] - from[1];
    return total <= 0
        ? Double.NaN
        : (to[0] - from[0]) / total * Runtime.getRuntime().availableProcessors();
  }

  HttpRequest request(String pathAndQuery, Account account) {
    return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + pathAndQuery))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", account.authorization())
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  Exchange get(String pathAndQuery, Account account) throws IOException, InterruptedException {
    HttpRequest request = request(pathAndQuery, account);
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    double client = (System.nanoTime() - start) / 1e6;
    double server =
        ServerTiming.durationMillis(response.headers().allValues("Server-Timing"), "app");
    return new Exchange(response.statusCode(), response.body(), server, client);
  }

  static String next(Exchange page) {
    Matcher m = NEXT.matcher(page.body());
    return m.find() ? m.group(1) : null;
  }

  static String pageAfter(String cursor) {
    return "/api/v1/people?size=20&cursor=" + URLEncoder.encode(cursor, UTF_8);
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "people-pages: " + format + "%n", args);
  }
}
