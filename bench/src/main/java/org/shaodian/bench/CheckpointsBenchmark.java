package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.toSet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shaodian.checkpoints.internal.tally.TallyTotals;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.Sealed;

/**
 * Issue 8's checkpoint targets against a running server, on PostgreSQL:
 *
 * <ol>
 *   <li><b>ingest</b>: {@code --batches} device batches of 1,000 inspections ({@link
 *       InspectionData.Generator}) at the demo's Shouchang highway exit, recorded by the people
 *       signed in on its post in the current shift, after {@code --warmup-batches} not measured
 *       (the server has just started: the JIT compiles for minutes on the same cores), sent by
 *       {@code --senders} concurrent senders ({@code POST /api/v1/inspection-batches} as {@code
 *       shouchang-checkpoint}), every item stored; inspections and people rows per second. The rows
 *       are checked against what was sent (sealed values opened, blind indexes, content hashes,
 *       tallies equal to a count of the rows), then deleted and the tallies counted again from the
 *       rows. Baseline in the same run: a raw JDBC batch insert of the same rows (same ids) into
 *       the same tables — inspections, people, and the tallies the application counts in the same
 *       transaction (an upsert per key, keys in order) — one transaction per 1,000 inspections, by
 *       as many concurrent connections as there were senders, with the values sealed, indexed and
 *       hashed before the clock starts. Then one batch is sent again over HTTP: every item must be
 *       a duplicate (the baseline wrote the hash the application computes). The ratio is HTTP
 *       rows/s over JDBC rows/s (target ≥ 0.5).
 *   <li><b>post</b>: {@link LoadGenerator} at {@code --rate} requests/s on {@code --connections}
 *       connections, each request one {@code POST /api/v1/inspections} with an inspection of its
 *       own (a new id, recorded a second before it is sent), {@code --post-warmup} s of warm-up
 *       then {@code --post-duration} s measured; latency and server time ({@code Server-Timing:
 *       app}) percentiles, p99 against 20 ms; every inspection verified stored.
 *   <li><b>tallies</b>: {@code GET /api/v1/checkpoint-tallies?region=&day=&since=} for the town of
 *       the exits {@link InspectionData} loaded (a year of history), for the last day of the
 *       history with the cumulative figures since 365 days before, and for that day alone; checked
 *       against a count of the rows. The 7 days: the exits' tally rows older than 7 days moved
 *       aside (into a table of the benchmark's; the inspections stay, the request never reads
 *       them), their totals counted again, VACUUM ANALYZE; checked against a count of the rows too.
 *       The two histories in turns (year, 7 days, 7 days, year, year, 7 days), {@code --samples}
 *       requests of each kind per turn, one at a time, after {@code --warmup-samples} before the
 *       first; the rows moved back at the end. Ratio year / 7 days on p50 (target ≤ 1.2), p50 and
 *       p99 against 50 ms; the database's plan and time for the cumulative query in both states.
 * </ol>
 *
 * Prints a report and one line of JSON (also written to {@code --json-out}).
 */
public final class CheckpointsBenchmark {

  static final String RECORDER_ACCOUNT = "shouchang-checkpoint";
  static final String ASIDE = "bench_tally_aside";
  private static final Pattern STORED = Pattern.compile("\"stored\"\\s*:\\s*(\\d+)");
  private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\"\\s*:\\s*(\\d+)");
  private static final Pattern INSPECTIONS = Pattern.compile("\"inspections\"\\s*:\\s*(\\d+)");

  /** A person signed in on a seat of the post, and the times an inspection may be recorded. */
  record OnDuty(UUID person, LocalDate day, int shift, Instant from, Instant until) {

    /** {@code at}, kept within the duty (a second inside either end). */
    Instant clamp(Instant at) {
      Instant last = until.minusSeconds(1);
      return at.isBefore(from) ? from : at.isAfter(last) ? last : at;
    }
  }

  /** A timed write of the batches: seconds, server and database CPU. */
  record Run(double seconds, double serverCpu, double databaseCpu, Map<String, Integer> resends) {

    Run(double seconds, double serverCpu, double databaseCpu) {
      this(seconds, serverCpu, databaseCpu, Map.of());
    }
  }

  /** How often a refused batch is sent again before the run fails. */
  static final int RESENDS = 3;

  private final URI base;
  private final long serverPid;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  CheckpointsBenchmark(URI base, long serverPid) {
    this.base = base;
    this.serverPid = serverPid;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = PeopleData.options(args);
    URI base = URI.create(o.getOrDefault("url", "http://localhost:9780"));
    String jdbc =
        o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/shaodian_bench_checkpoints");
    String dbUser = o.getOrDefault("db-user", "shaodian");
    String dbPassword = o.getOrDefault("db-password", "shaodian");
    List<String> phases = List.of(o.getOrDefault("phases", "ingest,post,tallies").split(","));
    int batches = Integer.parseInt(o.getOrDefault("batches", "100"));
    int batchSize = Integer.parseInt(o.getOrDefault("batch-size", "1000"));
    int warmupBatches = Integer.parseInt(o.getOrDefault("warmup-batches", "150"));
    int senders = Integer.parseInt(o.getOrDefault("senders", "4"));
    double rate = Double.parseDouble(o.getOrDefault("rate", "200"));
    int connections = Integer.parseInt(o.getOrDefault("connections", "16"));
    int postWarmup = Integer.parseInt(o.getOrDefault("post-warmup", "10"));
    int postPrewarm = Integer.parseInt(o.getOrDefault("post-prewarm", "90"));
    int postDuration = Integer.parseInt(o.getOrDefault("post-duration", "60"));
    String town = o.getOrDefault("town", "330182002000");
    String reader = o.getOrDefault("reader", "yangxi-command");
    int exits = Integer.parseInt(o.getOrDefault("exits", "3"));
    int samples = Integer.parseInt(o.getOrDefault("samples", "200"));
    int warmupSamples = Integer.parseInt(o.getOrDefault("warmup-samples", "50"));
    int sinceDays = Integer.parseInt(o.getOrDefault("since-days", "365"));
    long seed = Long.parseLong(o.getOrDefault("seed", "9"));
    long serverPid = Long.parseLong(o.getOrDefault("server-pid", "0"));
    String machine =
        o.getOrDefault("machine", Runtime.getRuntime().availableProcessors() + " cores");
    String date = o.getOrDefault("date", LocalDate.now().toString());
    String jsonOut = o.get("json-out");
    PeopleData.installTheServersKeys();

    CheckpointsBenchmark bench = new CheckpointsBenchmark(base, serverPid);
    StringBuilder out = new StringBuilder();
    StringBuilder json = new StringBuilder("{\"benchmark\":\"checkpoints\"");
    json.append(",\"date\":\"").append(date).append('"');
    json.append(",\"machine\":").append(LoadGenerator.jsonString(machine));
    out.append(String.format(Locale.ROOT, "%nCheckpoints (issue 8), %s, %s%n", date, machine));
    try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
      db.setAutoCommit(true);
      if (phases.contains("ingest")) {
        bench.ingest(
            db,
            jdbc,
            dbUser,
            dbPassword,
            out,
            json,
            batches,
            batchSize,
            warmupBatches,
            senders,
            seed);
      }
      if (phases.contains("post")) {
        bench.post(
            db, out, json, rate, connections, postPrewarm, postWarmup, postDuration, seed + 1);
      }
      if (phases.contains("tallies")) {
        bench.tallies(db, out, json, town, reader, exits, samples, warmupSamples, sinceDays);
      }
    }
    json.append('}');
    String line = json.toString().replace(":NaN", ":null");
    System.out.print(out);
    System.out.println(line);
    if (jsonOut != null) {
      Files.writeString(Path.of(jsonOut), line + System.lineSeparator(), UTF_8);
    }
  }

  // ---------------------------------------------------------------- who records

  /** The exit's post and region path. */
  static String[] exit(Connection db) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select post_id, region_path from checkpoints_checkpoint where id = ?")) {
      st.setObject(1, InspectionData.SHOUCHANG_EXIT);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(
              "no demo highway exit in Shouchang: start the server with SHAODIAN_DEMO_DATA=true");
        }
        return new String[] {rs.getString(1), rs.getString(2)};
      }
    }
  }

  /**
   * The people signed in on a seat of the exit's post now; when none is, the holders of the current
   * shift's seats sign in through the API first (as {@code shouchang-checkpoint}).
   */
  List<OnDuty> onDuty(Connection db) throws Exception {
    String post = exit(db)[0];
    List<OnDuty> duty = signedIn(db, post);
    if (!duty.isEmpty()) {
      return duty;
    }
    // the demo signs the holders of a shift begun before its start in 5 minutes after the start
    try (PreparedStatement st =
        db.prepareStatement(
            "select extract(epoch from min(signed_in_at) - now()) from rosters_assignment"
                + " where post_id = ? and starts_at <= now() and ends_at > now()"
                + " and signed_in_at > now()")) {
      st.setObject(1, UUID.fromString(post));
      try (ResultSet rs = st.executeQuery()) {
        double wait = rs.next() ? rs.getDouble(1) : 0;
        if (wait > 0 && wait < 600) {
          log("waiting %.0f s for the shift's holders to be signed in", wait);
          Thread.sleep((long) (wait * 1000) + 1000);
          duty = signedIn(db, post);
          if (!duty.isEmpty()) {
            return duty;
          }
        }
      }
    }
    try (PreparedStatement st =
        db.prepareStatement(
            "select duty_date, shift_no, duty_role, seat_no, person_id from rosters_assignment"
                + " where post_id = ? and starts_at <= now() and ends_at > now()"
                + " and signed_in_at is null")) {
      st.setObject(1, UUID.fromString(post));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String seat =
              rs.getObject(1, LocalDate.class)
                  + "/"
                  + rs.getInt(2)
                  + "/"
                  + rs.getString(3)
                  + "/"
                  + rs.getInt(4);
          HttpResponse<String> signedIn =
              send(
                  HttpRequest.newBuilder(
                          uri("/api/v1/posts/" + post + "/seats/" + seat + "/sign-in"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Authorization", ResidentData.basic(RECORDER_ACCOUNT))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"person\":\"" + rs.getObject(5) + "\"}"))
                      .build());
          log("signed in %s: %d", seat, signedIn.statusCode());
        }
      }
    }
    duty = signedIn(db, post);
    if (duty.isEmpty()) {
      throw new IllegalStateException(
          "nobody holds a seat of the exit's post in the current shift (the demo rosters the"
              + " week from its first start): run without SKIP_LOAD=1");
    }
    return duty;
  }

  private static List<OnDuty> signedIn(Connection db, String post) throws SQLException {
    List<OnDuty> duty = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select person_id, duty_date, shift_no, greatest(starts_at, signed_in_at), ends_at"
                + " from rosters_assignment where post_id = ? and signed_in_at <= now()"
                + " and starts_at <= now() and ends_at > now()"
                + " and (signed_out_at is null or signed_out_at > now()) order by person_id")) {
      st.setObject(1, UUID.fromString(post));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          duty.add(
              new OnDuty(
                  (UUID) rs.getObject(1),
                  rs.getObject(2, LocalDate.class),
                  rs.getInt(3),
                  // the next whole second: an inspection is recorded after the sign-in
                  rs.getObject(4, OffsetDateTime.class)
                      .toInstant()
                      .truncatedTo(ChronoUnit.SECONDS)
                      .plusSeconds(1),
                  rs.getObject(5, OffsetDateTime.class).toInstant()));
        }
      }
    }
    return duty;
  }

  // ---------------------------------------------------------------- ingest

  void ingest(
      Connection db,
      String jdbc,
      String dbUser,
      String dbPassword,
      StringBuilder out,
      StringBuilder json,
      int batchCount,
      int batchSize,
      int warmupBatches,
      int senders,
      long seed)
      throws Exception {
    List<OnDuty> duty = onDuty(db);
    String path = exit(db)[1];
    log(
        "ingest: %d signed in on the exit's post, recording from %s",
        duty.size(), duty.get(0).from());
    InspectionData.Generator generator = new InspectionData.Generator(seed, true);
    SplittableRandom random = new SplittableRandom(seed);
    List<List<InspectionData.Item>> warmups =
        batches(generator, random, duty, warmupBatches, batchSize);
    List<List<InspectionData.Item>> batches =
        batches(generator, random, duty, batchCount, batchSize);
    long inspections = (long) batchCount * batchSize;
    long people = 0;
    for (List<InspectionData.Item> batch : batches) {
      for (InspectionData.Item item : batch) {
        people += item.people().size();
      }
    }
    int[] bodyBytes = new int[batches.size()];
    for (int b = 0; b < batches.size(); b++) {
      bodyBytes[b] = InspectionData.batchJson(batches.get(b)).getBytes(UTF_8).length;
    }

    // untimed: the first batches after the start pay for the JIT
    if (!warmups.isEmpty()) {
      Run warm = sendBatches(db, warmups, senders);
      log("ingest: %d warm-up batches in %.2f s", warmups.size(), warm.seconds());
    }
    double[] idle = PeoplePagesBenchmark.machineBusy();
    Thread.sleep(3_000);
    double background = PeoplePagesBenchmark.coresBusy(idle, PeoplePagesBenchmark.machineBusy());
    log("ingest: %d batches of %d over HTTP, %d senders", batchCount, batchSize, senders);
    Run viaHttp = sendBatches(db, batches, senders);
    List<UUID> ids = new ArrayList<>();
    batches.forEach(b -> b.forEach(i -> ids.add(i.id())));
    Set<LocalDate> days = daysOf(batches);
    long[] stored = counts(db, ids, days);
    if (stored[0] != inspections || stored[1] != people) {
      throw new IllegalStateException(
          "the HTTP ingest stored "
              + stored[0]
              + " inspections and "
              + stored[1]
              + " people, not "
              + inspections
              + " and "
              + people);
    }
    Set<String> shifts = shiftsOf(batches);
    long mismatches = tallyMismatches(db, InspectionData.SHOUCHANG_EXIT, shifts);
    if (mismatches != 0) {
      throw new IllegalStateException(mismatches + " tally rows differ from a count of the rows");
    }
    totalsInStep(db, InspectionData.SHOUCHANG_EXIT, "the HTTP ingest");
    UUID policy = policyInForce(db, path);
    int checked = checkStored(db, batches, policy, 50, seed);
    log(
        "ingest: HTTP %.2f s; %d items checked against what was sent; tallies equal the rows",
        viaHttp.seconds(), checked);

    // clean: the HTTP rows go, the tallies are counted again from the rows left
    delete(db, ids, days);
    recount(db, InspectionData.SHOUCHANG_EXIT, path, shifts);
    vacuum(db);

    // baseline: the same rows over JDBC
    long sealStart = System.nanoTime();
    List<List<InspectionData.SealedItem>> sealed =
        batches.parallelStream().map(b -> b.stream().map(InspectionData::seal).toList()).toList();
    double sealSeconds = (System.nanoTime() - sealStart) / 1e9;
    idle = PeoplePagesBenchmark.machineBusy();
    Thread.sleep(3_000);
    double backgroundJdbc =
        PeoplePagesBenchmark.coresBusy(idle, PeoplePagesBenchmark.machineBusy());
    log("ingest: the same rows over JDBC, %d connections", senders);
    Run viaJdbc = jdbcInsert(db, jdbc, dbUser, dbPassword, sealed, path, policy, senders);
    stored = counts(db, ids, days);
    if (stored[0] != inspections || stored[1] != people) {
      throw new IllegalStateException(
          "the JDBC insert left " + stored[0] + " inspections and " + stored[1] + " people");
    }
    mismatches = tallyMismatches(db, InspectionData.SHOUCHANG_EXIT, shifts);
    if (mismatches != 0) {
      throw new IllegalStateException(
          mismatches + " tally rows differ from a count of the rows after the JDBC insert");
    }
    totalsInStep(db, InspectionData.SHOUCHANG_EXIT, "the JDBC insert");
    // the application takes the baseline's rows for its own: a resend is all duplicates
    HttpResponse<String> resend = postBatch(batches.get(0));
    int duplicates = number(DUPLICATES, resend.body());
    if (resend.statusCode() != 200 || duplicates != batchSize) {
      throw new IllegalStateException(
          "a batch of the baseline's rows sent again answered "
              + resend.statusCode()
              + " with "
              + duplicates
              + " duplicates, not "
              + batchSize);
    }

    long rows = inspections + people;
    double httpRate = rows / viaHttp.seconds();
    double jdbcRate = rows / viaJdbc.seconds();
    double ratio = httpRate / jdbcRate;
    boolean met = ratio >= 0.5;
    int minBytes = Integer.MAX_VALUE;
    int maxBytes = 0;
    long sumBytes = 0;
    for (int b : bodyBytes) {
      minBytes = Math.min(minBytes, b);
      maxBytes = Math.max(maxBytes, b);
      sumBytes += b;
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nINGEST — %d batches of %d inspections (%,d inspections, %,d people: %,d rows) at"
                + " the Shouchang exit, %d concurrent senders / connections; %d warm-up batches"
                + " before; bodies %,d–%,d bytes (mean %,d)%n",
            batchCount,
            batchSize,
            inspections,
            people,
            rows,
            senders,
            warmups.size(),
            minBytes,
            maxBytes,
            sumBytes / Math.max(1, bodyBytes.length)));
    out.append(
        String.format(
            Locale.ROOT,
            "%-34s %9s %13s %11s %11s %11s %13s%n",
            "",
            "seconds",
            "inspections/s",
            "people/s",
            "rows/s",
            "server CPU",
            "PostgreSQL CPU"));
    out.append(ingestRow("HTTP POST /inspection-batches", viaHttp, inspections, people));
    out.append(ingestRow("JDBC batch insert (baseline)", viaJdbc, inspections, people));
    out.append(
        String.format(
            Locale.ROOT,
            "batches refused whole and sent again: %s%n"
                + "baseline: inspections, people and tally upserts, one transaction per batch, values"
                + " sealed before the clock (%.2f s on %d threads); no audit entry (the"
                + " application writes one a batch)%n"
                + "machine CPU busy just before: %.2f (HTTP), %.2f (JDBC) of %d cores%n"
                + "ratio HTTP rows/s / JDBC rows/s = %.3f (target >= 0.5): %s%n",
            viaHttp.resends().isEmpty() ? "none" : viaHttp.resends().toString(),
            sealSeconds,
            Runtime.getRuntime().availableProcessors(),
            background,
            backgroundJdbc,
            Runtime.getRuntime().availableProcessors(),
            ratio,
            met ? "MET" : "NOT MET"));
    json.append(
        String.format(
            Locale.ROOT,
            ",\"ingest\":{\"batches\":%d,\"batch_size\":%d,\"senders\":%d,\"inspections\":%d,"
                + "\"people\":%d,\"body_bytes_max\":%d,\"http_s\":%.3f,\"http_rows_per_s\":%.0f,"
                + "\"http_server_cpu_s\":%.2f,\"http_database_cpu_s\":%.2f,\"jdbc_s\":%.3f,"
                + "\"jdbc_rows_per_s\":%.0f,\"jdbc_database_cpu_s\":%.2f,\"seal_s\":%.2f,"
                + "\"cores_busy_before\":%.2f,\"resends\":%d,\"ratio\":%.3f,\"target_met\":%s}",
            batchCount,
            batchSize,
            senders,
            inspections,
            people,
            maxBytes,
            viaHttp.seconds(),
            httpRate,
            viaHttp.serverCpu(),
            viaHttp.databaseCpu(),
            viaJdbc.seconds(),
            jdbcRate,
            viaJdbc.databaseCpu(),
            sealSeconds,
            background,
            viaHttp.resends().values().stream().mapToInt(Integer::intValue).sum(),
            ratio,
            met));
  }

  private static String ingestRow(String name, Run run, long inspections, long people) {
    return String.format(
        Locale.ROOT,
        "%-34s %9.3f %,13.0f %,11.0f %,11.0f %11.2f %13.2f%n",
        name,
        run.seconds(),
        inspections / run.seconds(),
        people / run.seconds(),
        (inspections + people) / run.seconds(),
        run.serverCpu(),
        run.databaseCpu());
  }

  /** Batches recorded in the duties' windows (up to now), recorders in turn. */
  static List<List<InspectionData.Item>> batches(
      InspectionData.Generator generator,
      SplittableRandom random,
      List<OnDuty> duty,
      int count,
      int size) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<List<InspectionData.Item>> batches = new ArrayList<>();
    int n = 0;
    for (int b = 0; b < count; b++) {
      List<InspectionData.Item> batch = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        OnDuty d = duty.get(n++ % duty.size());
        Instant last = d.clamp(now);
        long span = Math.max(0, last.getEpochSecond() - d.from().getEpochSecond());
        Instant recorded = d.from().plusSeconds(span == 0 ? 0 : random.nextLong(span + 1));
        batch.add(
            generator.vehicle(
                InspectionData.SHOUCHANG_EXIT, d.person(), recorded, d.day(), d.shift()));
      }
      batches.add(batch);
    }
    return batches;
  }

  /** The batches over HTTP by {@code senders} threads; every item must be stored. */
  Run sendBatches(Connection db, List<List<InspectionData.Item>> batches, int senders)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    Map<String, Integer> resends = new java.util.concurrent.ConcurrentSkipListMap<>();
    Map<Long, Double> backends = RosterAcceptBenchmark.databaseCpu(db);
    double serverCpu = RosterAcceptBenchmark.cpuSeconds(serverPid);
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int s = 0; s < senders; s++) {
      Thread thread =
          new Thread(
              () -> {
                for (int b = next.getAndIncrement();
                    b < batches.size() && failures.isEmpty();
                    b = next.getAndIncrement()) {
                  try {
                    HttpResponse<String> response = postBatch(batches.get(b));
                    // a batch refused whole (nothing of it stored) is sent again, as a device
                    // would: each item is stored once however often it is sent
                    for (int again = 0; again < RESENDS && response.statusCode() != 200; again++) {
                      resends.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                      log(
                          "batch %d answered %d, sent again: %s",
                          b, response.statusCode(), abbreviate(response.body()));
                      response = postBatch(batches.get(b));
                    }
                    int stored = number(STORED, response.body());
                    int duplicates = number(DUPLICATES, response.body());
                    if (response.statusCode() != 200
                        || stored + Math.max(0, duplicates) != batches.get(b).size()) {
                      failures.add(
                          "batch "
                              + b
                              + " answered "
                              + response.statusCode()
                              + ", "
                              + stored
                              + " stored: "
                              + abbreviate(response.body()));
                    }
                  } catch (Exception e) {
                    failures.add("batch " + b + ": " + e);
                  }
                }
              },
              "sender-" + s);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    serverCpu = RosterAcceptBenchmark.cpuSeconds(serverPid) - serverCpu;
    double databaseCpu = 0;
    for (Map.Entry<Long, Double> backend : RosterAcceptBenchmark.databaseCpu(db).entrySet()) {
      databaseCpu += backend.getValue() - backends.getOrDefault(backend.getKey(), 0.0);
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException(
          "the batches were not all stored: " + String.join("; ", failures));
    }
    return new Run(seconds, serverCpu, databaseCpu, Map.copyOf(resends));
  }

  HttpResponse<String> postBatch(List<InspectionData.Item> batch)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri("/api/v1/inspection-batches"))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", ResidentData.basic(RECORDER_ACCOUNT))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(InspectionData.batchJson(batch), UTF_8))
            .build());
  }

  /**
   * The same rows over JDBC: one transaction a batch (inspections, people, then the tallies as
   * upserts, keys in order), by {@code connections} threads with a connection each, timed from the
   * first insert to the last commit.
   */
  static Run jdbcInsert(
      Connection db,
      String jdbc,
      String user,
      String password,
      List<List<InspectionData.SealedItem>> batches,
      String path,
      UUID policy,
      int connections)
      throws Exception {
    List<Connection> pool = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Connection connection = DriverManager.getConnection(jdbc, user, password);
      connection.setAutoCommit(false);
      pool.add(connection);
    }
    // the database's CPU: the backends of the baseline's own connections
    List<Long> backends = new ArrayList<>();
    for (Connection connection : pool) {
      backends.add(RegisterBenchmark.backendPid(connection));
      connection.commit();
    }
    double cpuBefore = 0;
    for (long backend : backends) {
      cpuBefore += RosterAcceptBenchmark.cpuSeconds(backend);
    }
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    double[] seconds = {0};
    double[] databaseCpu = {0};
    try {
      for (Connection connection : pool) {
        Thread thread =
            new Thread(
                () -> {
                  for (int b = next.getAndIncrement();
                      b < batches.size() && failures.isEmpty();
                      b = next.getAndIncrement()) {
                    try {
                      writeBatch(connection, batches.get(b), path, policy);
                    } catch (SQLException e) {
                      failures.add("batch " + b + ": " + e);
                      try {
                        connection.rollback();
                      } catch (SQLException ignored) {
                        // the connection is closed below
                      }
                    }
                  }
                });
        threads.add(thread);
        thread.start();
      }
      for (Thread thread : threads) {
        thread.join();
      }
    } finally {
      seconds[0] = (System.nanoTime() - start) / 1e9;
      for (long backend : backends) {
        databaseCpu[0] += RosterAcceptBenchmark.cpuSeconds(backend);
      }
      for (Connection connection : pool) {
        connection.close();
      }
    }
    databaseCpu[0] -= cpuBefore;
    if (!failures.isEmpty()) {
      throw new IllegalStateException("the JDBC insert failed: " + String.join("; ", failures));
    }
    return new Run(seconds[0], Double.NaN, databaseCpu[0]);
  }

  /** One batch in one transaction, as the application writes it. */
  static void writeBatch(
      Connection db, List<InspectionData.SealedItem> batch, String path, UUID policy)
      throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    UUID batchId = UUID.randomUUID();
    InspectionData.Tallies tallies = new InspectionData.Tallies();
    try (PreparedStatement inspection =
            db.prepareStatement(
                "insert into checkpoints_inspection (id, checkpoint_id, lane_no, region_path,"
                    + " subject, vehicle_kind, plate, origin, destination, guided_at, verified_at,"
                    + " recorded_at, diverted_at, duty_day, shift_no, outcome, people, policy_id,"
                    + " recorder, recorded_by, batch_id, content_hash, received_at, version)"
                    + " values (?, ?, ?, ?, 'VEHICLE', ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement person =
            db.prepareStatement(
                "insert into checkpoints_inspected_person (inspection_id, seq, role, name,"
                    + " id_number, id_index, phone, checks, duty_day)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement series =
            db.prepareStatement(
                "insert into checkpoints_tally_series as s (checkpoint_id, subject,"
                    + " vehicle_kind, outcome, region_path, first_day, last_day, last_shift,"
                    + " inspections, people) values (?, 'VEHICLE', ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict on constraint checkpoints_one_tally_series do update set"
                    + " last_day = excluded.last_day, last_shift = excluded.last_shift,"
                    + " inspections = s.inspections + excluded.inspections,"
                    + " people = s.people + excluded.people returning inspections, people");
        PreparedStatement tally =
            db.prepareStatement(
                "insert into checkpoints_tally (checkpoint_id, duty_day, shift_no, subject,"
                    + " vehicle_kind, outcome, region_path, inspections, people,"
                    + " inspections_to_date, people_to_date)"
                    + " values (?, ?, ?, 'VEHICLE', ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict on constraint checkpoints_one_tally do update set"
                    + " inspections = checkpoints_tally.inspections + excluded.inspections,"
                    + " people = checkpoints_tally.people + excluded.people,"
                    + " inspections_to_date = excluded.inspections_to_date,"
                    + " people_to_date = excluded.people_to_date")) {
      for (InspectionData.SealedItem s : batch) {
        InspectionData.Item i = s.item();
        inspection.setObject(1, i.id());
        inspection.setObject(2, i.checkpoint());
        inspection.setInt(3, i.lane());
        inspection.setString(4, path);
        inspection.setString(5, i.vehicleKind().name());
        inspection.setString(6, s.plate());
        inspection.setString(7, s.origin());
        inspection.setObject(8, i.guidedAt().atOffset(ZoneOffset.UTC));
        inspection.setObject(9, i.verifiedAt().atOffset(ZoneOffset.UTC));
        inspection.setObject(10, i.recordedAt().atOffset(ZoneOffset.UTC));
        inspection.setObject(11, i.divertedAt().atOffset(ZoneOffset.UTC));
        inspection.setObject(12, i.day());
        inspection.setInt(13, i.shift());
        inspection.setString(14, i.outcome().name());
        inspection.setInt(15, i.people().size());
        inspection.setObject(16, policy);
        inspection.setObject(17, i.recorder());
        inspection.setString(18, RECORDER_ACCOUNT);
        inspection.setObject(19, batchId);
        inspection.setString(20, s.contentHash());
        inspection.setObject(21, now);
        inspection.addBatch();
        for (int p = 0; p < s.names().length; p++) {
          person.setObject(1, i.id());
          person.setInt(2, p + 1);
          person.setString(3, i.people().get(p).role().name());
          person.setString(4, s.names()[p]);
          person.setString(5, s.idNumbers()[p]);
          person.setString(6, s.idIndexes()[p]);
          person.setString(7, s.phones()[p]);
          person.setString(8, s.checks()[p]);
          person.setObject(9, i.day());
          person.addBatch();
        }
        tallies.add(i);
      }
      inspection.executeBatch();
      person.executeBatch();
      // per series (locked by its upsert, in the application's order), the new totals; the rows
      // of the batch's shifts then end at them — the benchmark's batches are of the current
      // shift, never before a series' last row, so the baseline needs no late path
      Map<String, List<Map.Entry<InspectionData.TallyKey, long[]>>> bySeries = new TreeMap<>();
      for (Map.Entry<InspectionData.TallyKey, long[]> t : tallies.counts.entrySet()) {
        InspectionData.TallyKey k = t.getKey();
        bySeries
            .computeIfAbsent(
                k.checkpoint() + "|VEHICLE|" + k.vehicleKind() + "|" + k.outcome(),
                x -> new ArrayList<>())
            .add(t);
      }
      for (List<Map.Entry<InspectionData.TallyKey, long[]>> rows : bySeries.values()) {
        InspectionData.TallyKey last = rows.get(rows.size() - 1).getKey();
        long n = rows.stream().mapToLong(r -> r.getValue()[0]).sum();
        long p = rows.stream().mapToLong(r -> r.getValue()[1]).sum();
        series.setObject(1, last.checkpoint());
        series.setString(2, last.vehicleKind());
        series.setString(3, last.outcome().name());
        series.setString(4, path);
        series.setObject(5, rows.get(0).getKey().day());
        series.setObject(6, last.day());
        series.setInt(7, last.shift());
        series.setLong(8, n);
        series.setLong(9, p);
        long[] toDate = new long[2];
        try (ResultSet rs = series.executeQuery()) {
          rs.next();
          toDate[0] = rs.getLong(1) - n;
          toDate[1] = rs.getLong(2) - p;
        }
        for (Map.Entry<InspectionData.TallyKey, long[]> t : rows) {
          InspectionData.TallyKey k = t.getKey();
          toDate[0] += t.getValue()[0];
          toDate[1] += t.getValue()[1];
          tally.setObject(1, k.checkpoint());
          tally.setObject(2, k.day());
          tally.setInt(3, k.shift());
          tally.setString(4, k.vehicleKind());
          tally.setString(5, k.outcome().name());
          tally.setString(6, path);
          tally.setInt(7, (int) t.getValue()[0]);
          tally.setInt(8, (int) t.getValue()[1]);
          tally.setLong(9, toDate[0]);
          tally.setLong(10, toDate[1]);
          tally.addBatch();
        }
      }
      tally.executeBatch();
      db.commit();
    }
  }

  /** The screening policy version in force now for a region path (PolicyBook's choice). */
  static UUID policyInForce(Connection db, String path) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select id from checkpoints_policy where ? like concat(region_path, '%')"
                + " and effective_from <= now() order by length(region_path) desc,"
                + " effective_from desc limit 1")) {
      st.setString(1, path);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no screening policy in force over " + path);
        }
        return (UUID) rs.getObject(1);
      }
    }
  }

  /**
   * Inspections and people rows of these ids, sent for these duty days: on PostgreSQL only those
   * days' partitions are read, not one a day of the history (the duty day stored is the sender's,
   * {@link #checkStored}).
   */
  static long[] counts(Connection db, List<UUID> ids, Collection<LocalDate> days)
      throws SQLException {
    long[] counts = new long[2];
    try (PreparedStatement inspections =
            db.prepareStatement(
                "select count(*), coalesce(sum(people), 0) from checkpoints_inspection"
                    + " where id = any(?) and duty_day = any(?)");
        PreparedStatement people =
            db.prepareStatement(
                "select count(*) from checkpoints_inspected_person where inspection_id = any(?)"
                    + " and duty_day = any(?)")) {
      for (PreparedStatement st : List.of(inspections, people)) {
        st.setArray(1, db.createArrayOf("uuid", ids.toArray()));
        st.setArray(2, dates(db, days));
      }
      try (ResultSet rs = inspections.executeQuery()) {
        rs.next();
        counts[0] = rs.getLong(1);
      }
      try (ResultSet rs = people.executeQuery()) {
        rs.next();
        counts[1] = rs.getLong(1);
      }
    }
    return counts;
  }

  /** The days as an SQL {@code date[]}. */
  static Array dates(Connection db, Collection<LocalDate> days) throws SQLException {
    return db.createArrayOf("date", days.stream().map(LocalDate::toString).toArray());
  }

  /** The duty days the batches are counted in. */
  static Set<LocalDate> daysOf(List<List<InspectionData.Item>> batches) {
    Set<LocalDate> days = new TreeSet<>();
    batches.forEach(b -> b.forEach(i -> days.add(i.day())));
    return days;
  }

  /** The duty days and shifts the batches are counted in, as {@code day/shift}. */
  static Set<String> shiftsOf(List<List<InspectionData.Item>> batches) {
    Set<String> shifts = new LinkedHashSet<>();
    batches.forEach(b -> b.forEach(i -> shifts.add(i.day() + "/" + i.shift())));
    return shifts;
  }

  /** Tally rows of the checkpoint's shifts that differ from a count of its inspections. */
  static long tallyMismatches(Connection db, UUID checkpoint, Set<String> shifts)
      throws SQLException {
    long mismatches = 0;
    for (String shift : shifts) {
      String[] parts = shift.split("/");
      try (PreparedStatement st =
          db.prepareStatement(
              "with r as (select subject, coalesce(vehicle_kind, '-') kind, outcome,"
                  + " count(*) n, sum(people) p from checkpoints_inspection"
                  + " where checkpoint_id = ? and duty_day = ? and shift_no = ?"
                  + " group by 1, 2, 3),"
                  + " t as (select subject, vehicle_kind kind, outcome, inspections n, people p"
                  + " from checkpoints_tally where checkpoint_id = ? and duty_day = ?"
                  + " and shift_no = ? and inspections > 0)"
                  + " select count(*) from r full join t using (subject, kind, outcome)"
                  + " where r.n is distinct from t.n or r.p is distinct from t.p")) {
        st.setObject(1, checkpoint);
        st.setObject(2, LocalDate.parse(parts[0]));
        st.setInt(3, Integer.parseInt(parts[1]));
        st.setObject(4, checkpoint);
        st.setObject(5, LocalDate.parse(parts[0]));
        st.setInt(6, Integer.parseInt(parts[1]));
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          mismatches += rs.getLong(1);
        }
      }
    }
    return mismatches;
  }

  /**
   * {@code sample} stored items compared with what was sent: sealed values opened, blind indexes,
   * the content hash, the checks note, steps, outcome, duty day and shift. Returns how many.
   */
  static int checkStored(
      Connection db, List<List<InspectionData.Item>> batches, UUID policy, int sample, long seed)
      throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    List<InspectionData.Item> all = new ArrayList<>();
    batches.forEach(all::addAll);
    int checked = 0;
    try (PreparedStatement inspection =
            db.prepareStatement(
                "select plate, origin, content_hash, lane_no, vehicle_kind, outcome, duty_day,"
                    + " shift_no, people, recorder, recorded_at, recorded_by, policy_id from"
                    + " checkpoints_inspection where id = ?");
        PreparedStatement person =
            db.prepareStatement(
                "select seq, role, name, id_number, id_index, phone, checks from"
                    + " checkpoints_inspected_person where inspection_id = ? order by seq")) {
      for (int n = 0; n < Math.min(sample, all.size()); n++) {
        InspectionData.Item item = all.get(random.nextInt(all.size()));
        inspection.setObject(1, item.id());
        try (ResultSet rs = inspection.executeQuery()) {
          require(rs.next(), item, "not stored");
          require(Sealed.open("PlateNumber", rs.getString(1)).equals(item.plate()), item, "plate");
          require(
              Sealed.open("TravelHistory", rs.getString(2)).equals(item.origin()), item, "origin");
          require(rs.getString(3).equals(InspectionData.fingerprint(item)), item, "content hash");
          require(rs.getInt(4) == item.lane(), item, "lane");
          require(rs.getString(5).equals(item.vehicleKind().name()), item, "vehicle kind");
          require(rs.getString(6).equals(item.outcome().name()), item, "outcome");
          require(rs.getObject(7, LocalDate.class).equals(item.day()), item, "duty day");
          require(rs.getInt(8) == item.shift(), item, "shift");
          require(rs.getInt(9) == item.people().size(), item, "people");
          require(rs.getObject(10).equals(item.recorder()), item, "recorder");
          require(
              rs.getObject(11, OffsetDateTime.class).toInstant().equals(item.recordedAt()),
              item,
              "recorded at");
          require(rs.getString(12).equals(RECORDER_ACCOUNT), item, "recorded by");
          require(rs.getObject(13).equals(policy), item, "policy");
        }
        person.setObject(1, item.id());
        try (ResultSet rs = person.executeQuery()) {
          for (InspectionData.Traveller t : item.people()) {
            require(rs.next(), item, "a traveller missing");
            require(rs.getString(2).equals(t.role().name()), item, "role");
            require(Sealed.open("PersonName", rs.getString(3)).equals(t.name()), item, "name");
            require(Sealed.open("IdNumber", rs.getString(4)).equals(t.idNumber()), item, "id");
            require(
                rs.getString(5).equals(Sealed.blindIndex(IdNumber.of(t.idNumber()))),
                item,
                "blind index");
            String phone = rs.getString(6);
            require(
                t.phone() == null
                    ? phone == null
                    : phone != null && Sealed.open("PhoneNumber", phone).equals(t.phone()),
                item,
                "phone");
            require(
                Sealed.open("HealthNote", rs.getString(7)).equals(InspectionData.checks(t)),
                item,
                "checks note: " + Sealed.open("HealthNote", rs.getString(7)));
          }
          require(!rs.next(), item, "a traveller too many");
        }
        checked++;
      }
    }
    return checked;
  }

  private static void require(boolean ok, InspectionData.Item item, String what) {
    if (!ok) {
      throw new IllegalStateException(
          "inspection " + item.id() + " is not stored as sent: " + what);
    }
  }

  /**
   * Deletes the inspections of these duty days (people first), 10,000 at a time; the days, as in
   * {@link #counts}, keep the deletes to their partitions.
   */
  static void delete(Connection db, List<UUID> ids, Collection<LocalDate> days)
      throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement people =
            db.prepareStatement(
                "delete from checkpoints_inspected_person where inspection_id = any(?)"
                    + " and duty_day = any(?)");
        PreparedStatement inspections =
            db.prepareStatement(
                "delete from checkpoints_inspection where id = any(?) and duty_day = any(?)")) {
      for (int from = 0; from < ids.size(); from += 10_000) {
        Object[] chunk = ids.subList(from, Math.min(ids.size(), from + 10_000)).toArray();
        for (PreparedStatement st : List.of(people, inspections)) {
          st.setArray(1, db.createArrayOf("uuid", chunk));
          st.setArray(2, dates(db, days));
          st.executeUpdate();
        }
      }
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
  }

  /** The checkpoint's tallies of those shifts counted again from its rows, and all totals. */
  static void recount(Connection db, UUID checkpoint, String path, Set<String> shifts)
      throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement delete =
            db.prepareStatement(
                "delete from checkpoints_tally where checkpoint_id = ? and duty_day = ?"
                    + " and shift_no = ?");
        PreparedStatement insert =
            db.prepareStatement(
                "insert into checkpoints_tally (checkpoint_id, duty_day, shift_no, subject,"
                    + " vehicle_kind, outcome, region_path, inspections, people,"
                    + " inspections_to_date, people_to_date)"
                    + " select checkpoint_id, duty_day, shift_no, subject,"
                    + " coalesce(vehicle_kind, '-'), outcome, ?, count(*), sum(people), 0, 0"
                    + " from checkpoints_inspection where checkpoint_id = ? and duty_day = ?"
                    + " and shift_no = ? group by 1, 2, 3, 4, 5, 6")) {
      for (String shift : shifts) {
        String[] parts = shift.split("/");
        delete.setObject(1, checkpoint);
        delete.setObject(2, LocalDate.parse(parts[0]));
        delete.setInt(3, Integer.parseInt(parts[1]));
        delete.executeUpdate();
        insert.setString(1, path);
        insert.setObject(2, checkpoint);
        insert.setObject(3, LocalDate.parse(parts[0]));
        insert.setInt(4, Integer.parseInt(parts[1]));
        insert.executeUpdate();
      }
      TallyTotals.recount(db);
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
  }

  static void vacuum(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      for (String table :
          List.of("checkpoints_inspection", "checkpoints_inspected_person", "checkpoints_tally")) {
        st.execute("vacuum analyze " + table);
      }
    }
  }

  // ---------------------------------------------------------------- post

  void post(
      Connection db,
      StringBuilder out,
      StringBuilder json,
      double rate,
      int connections,
      int prewarm,
      int warmup,
      int duration,
      long seed)
      throws Exception {
    List<OnDuty> duty = onDuty(db);
    InspectionData.Generator generator = new InspectionData.Generator(seed, true);
    List<UUID> sent = new ArrayList<>();
    long[] turn = {0};
    // called by one thread, in order, just before each request waits for its start time: each an
    // inspection of its own, recorded a second before
    Supplier<RequestTemplate> inspections =
        () -> {
          OnDuty d = duty.get((int) (turn[0]++ % duty.size()));
          Instant recorded = d.clamp(Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS));
          InspectionData.Item item =
              generator.vehicle(
                  InspectionData.SHOUCHANG_EXIT, d.person(), recorded, d.day(), d.shift());
          sent.add(item.id());
          return RequestTemplate.post("/api/v1/inspections", InspectionData.json(item));
        };
    if (prewarm > 0) {
      // The server has just started: for its first minutes the JIT compiles (Liberty, Hibernate,
      // RESTEasy, the application) on the same two cores, the better part of one of them. The
      // steady state is measured: a run at half the rate first, not measured, then a pause.
      log("post: warming the server up, %.0f req/s for %d s (not measured)", rate / 2, prewarm);
      LoadGenerator.Result warm =
          new LoadGenerator(
                  LoadGenerator.builder()
                      .baseUrl(base.toString())
                      .basicAuth(RECORDER_ACCOUNT, RosterAcceptBenchmark.PASSWORD)
                      .templateSupplier(inspections)
                      .rate(rate / 2)
                      .connections(connections)
                      .warmup(Duration.ZERO)
                      .duration(Duration.ofSeconds(prewarm))
                      .build())
              .run();
      log(
          "post: warm-up run p50 %.2f ms, p99 %.2f ms, errors %s",
          warm.latency().p50(), warm.latency().p99(), warm.errors());
    }
    double[] idle = PeoplePagesBenchmark.machineBusy();
    Thread.sleep(5_000);
    double background = PeoplePagesBenchmark.coresBusy(idle, PeoplePagesBenchmark.machineBusy());
    log(
        "post: %.0f req/s, %d connections, %d s warm-up + %d s measured",
        rate, connections, warmup, duration);
    double[] loadStart = PeoplePagesBenchmark.machineBusy();
    double serverCpu = RosterAcceptBenchmark.cpuSeconds(serverPid);
    int sentBefore = sent.size();
    LoadGenerator.Result result =
        new LoadGenerator(
                LoadGenerator.builder()
                    .baseUrl(base.toString())
                    .basicAuth(RECORDER_ACCOUNT, RosterAcceptBenchmark.PASSWORD)
                    .templateSupplier(inspections)
                    .rate(rate)
                    .connections(connections)
                    .warmup(Duration.ofSeconds(warmup))
                    .duration(Duration.ofSeconds(duration))
                    .build())
            .run();
    double during = PeoplePagesBenchmark.coresBusy(loadStart, PeoplePagesBenchmark.machineBusy());
    serverCpu = RosterAcceptBenchmark.cpuSeconds(serverPid) - serverCpu;
    long[] stored = counts(db, sent, duty.stream().map(OnDuty::day).collect(toSet()));
    double p99 = result.latency().p99();
    boolean met = p99 <= 20.0 && result.errors().isEmpty();
    out.append(
        String.format(
            Locale.ROOT,
            "%nPOST — POST /api/v1/inspections, one new inspection a request (a car, truck, bus"
                + " or other with 1–4 people) at the Shouchang exit; LoadGenerator (constant rate,"
                + " HdrHistogram), after %d s at half the rate (not measured): %d s warm-up + %d s"
                + " measured%n",
            prewarm,
            warmup,
            duration));
    out.append(result.report());
    out.append(
        String.format(
            Locale.ROOT,
            "sent %,d (warm-ups included), stored %,d; machine CPU busy: %.2f of %d cores just"
                + " before (others' work), %.2f during (everything); server CPU %.1f s, %.2f ms a"
                + " request%n"
                + "target: p99 latency <= 20 ms at %.0f req/s: p99 %.2f ms, ratio to the target"
                + " %.2f, %s%n",
            sent.size(),
            stored[0],
            background,
            Runtime.getRuntime().availableProcessors(),
            during,
            serverCpu,
            serverCpu * 1000 / (sent.size() - sentBefore),
            rate,
            p99,
            p99 / 20.0,
            result.errors().isEmpty() ? "errors: none" : "ERRORS " + result.errors()));
    out.append(met ? "MET\n" : "NOT MET\n");
    json.append(",\"post\":").append(result.toJson());
    json.append(
        String.format(
            Locale.ROOT,
            ",\"post_sent\":%d,\"post_stored\":%d,\"post_cores_busy_before\":%.2f,"
                + "\"post_cores_busy_during\":%.2f,\"post_server_cpu_s\":%.2f,"
                + "\"post_server_cpu_ms_per_request\":%.3f,\"post_prewarm_s\":%d,"
                + "\"post_target_met\":%s",
            sent.size(),
            stored[0],
            background,
            during,
            serverCpu,
            serverCpu * 1000 / (sent.size() - sentBefore),
            prewarm,
            met));
  }

  // ---------------------------------------------------------------- tallies

  void tallies(
      Connection db,
      StringBuilder out,
      StringBuilder json,
      String town,
      String reader,
      int exitCount,
      int samples,
      int warmupSamples,
      int sinceDays)
      throws Exception {
    List<InspectionData.Exit> exits = new ArrayList<>();
    for (int n = 1; n <= exitCount; n++) {
      InspectionData.Exit exit = null;
      try (PreparedStatement st =
          db.prepareStatement(
              "select id, name, region_path from checkpoints_checkpoint where region_code = ?"
                  + " and open_name = ?")) {
        st.setString(1, town);
        st.setString(2, InspectionData.EXIT_NAME + n + "号");
        try (ResultSet rs = st.executeQuery()) {
          if (rs.next()) {
            exit =
                new InspectionData.Exit((UUID) rs.getObject(1), rs.getString(2), rs.getString(3));
          }
        }
      }
      if (exit == null) {
        throw new IllegalStateException(
            "no bench exit " + n + " in " + town + ": load the history (InspectionData) first");
      }
      exits.add(exit);
    }
    moveBack(db);
    // the last day of the loaded history (yesterday when it was loaded; a database kept with
    // SKIP_LOAD=1 may be days old), and its first
    LocalDate first;
    LocalDate day;
    try (PreparedStatement st =
        db.prepareStatement(
            "select min(duty_day), max(duty_day) from checkpoints_tally"
                + " where checkpoint_id = any(?)")) {
      st.setArray(1, db.createArrayOf("uuid", InspectionData.ids(exits)));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        first = rs.getObject(1, LocalDate.class);
        day = rs.getObject(2, LocalDate.class);
      }
    }
    if (first == null) {
      throw new IllegalStateException("the bench exits have no history");
    }
    LocalDate since = day.minusDays(sinceDays);
    long historyDays = ChronoUnit.DAYS.between(first, day) + 1;
    long rows = InspectionData.count(db, exits);
    String cumulative =
        "/api/v1/checkpoint-tallies?region=" + town + "&day=" + day + "&since=" + since;
    String dayOnly = "/api/v1/checkpoint-tallies?region=" + town + "&day=" + day;

    // The two histories in turns, year and 7 days in the order Y W W Y Y W, so that the server
    // warming up (faster with every run) or the machine drifting favours neither; the rows are
    // moved aside or back only where the history changes.
    List<Boolean> order = List.of(true, false, false, true, true, false);
    Map<String, PeoplePagesBenchmark.Sample> full = new LinkedHashMap<>();
    Map<String, PeoplePagesBenchmark.Sample> week = new LinkedHashMap<>();
    String planFull = null;
    String planWeek = null;
    long movedAside = 0;
    LocalDate weekFrom = day.minusDays(6);
    verifyFigures(db, exits, cumulative, reader, day, since);
    boolean yearInPlace = true;
    try {
      for (int run = 0; run < order.size(); run++) {
        boolean year = order.get(run);
        if (year != yearInPlace) {
          if (year) {
            moveBack(db);
          } else {
            movedAside = moveAside(db, exits, weekFrom);
            if (planWeek == null) {
              verifyFigures(db, exits, cumulative, reader, day, weekFrom);
            }
          }
          yearInPlace = year;
        }
        String history = year ? historyDays + " days" : "7 days";
        Map<String, PeoplePagesBenchmark.Sample> into = year ? full : week;
        int warmup = run == 0 ? warmupSamples : 0;
        add(
            into,
            "cumulative",
            sample(history + ", cumulative", cumulative, reader, samples, warmup));
        add(into, "day", sample(history + ", day only", dayOnly, reader, samples, 0));
        if (year && planFull == null) {
          planFull = explain(db, town, day, since);
        } else if (!year && planWeek == null) {
          planWeek = explain(db, town, day, since);
        }
      }
    } finally {
      moveBack(db);
    }

    out.append(
        String.format(
            Locale.ROOT,
            "%nTALLIES — GET /api/v1/checkpoint-tallies as %s, region %s (%d highway exits):"
                + " day %s, cumulative since %s; history %d days from %s, %,d inspections;"
                + " 7 days: the exits' %,d tally rows before %s moved aside; in turns (year,"
                + " 7 days, 7 days, year, year, 7 days), %d samples each one at a time, after %d"
                + " to warm up%n",
            reader,
            town,
            exits.size(),
            day,
            since,
            historyDays,
            first,
            rows,
            movedAside,
            weekFrom,
            samples,
            warmupSamples));
    out.append(
        String.format(
            Locale.ROOT,
            "%-31s %9s %9s %9s %9s %9s %9s%n",
            "ms",
            "srv p50",
            "srv p99",
            "srv max",
            "cli p50",
            "cli p99",
            "cli max"));
    List<PeoplePagesBenchmark.Sample> all = new ArrayList<>(full.values());
    all.addAll(week.values());
    for (PeoplePagesBenchmark.Sample s : all) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-31s %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f%n",
              s.name(),
              PeoplePagesBenchmark.Sample.percentile(s.server(), 50),
              PeoplePagesBenchmark.Sample.percentile(s.server(), 99),
              PeoplePagesBenchmark.Sample.percentile(s.server(), 100),
              PeoplePagesBenchmark.Sample.percentile(s.client(), 50),
              PeoplePagesBenchmark.Sample.percentile(s.client(), 99),
              PeoplePagesBenchmark.Sample.percentile(s.client(), 100)));
    }
    PeoplePagesBenchmark.Sample year = full.get("cumulative");
    PeoplePagesBenchmark.Sample seven = week.get("cumulative");
    double clientRatio =
        PeoplePagesBenchmark.Sample.percentile(year.client(), 50)
            / PeoplePagesBenchmark.Sample.percentile(seven.client(), 50);
    double serverRatio = year.serverP50() / seven.serverP50();
    double p50 = PeoplePagesBenchmark.Sample.percentile(year.client(), 50);
    double p99 = PeoplePagesBenchmark.Sample.percentile(year.client(), 99);
    boolean met = p99 <= 50.0 && clientRatio <= 1.2;
    out.append("database, the cumulative query (EXPLAIN ANALYZE), all " + historyDays + " days:\n")
        .append(planFull)
        .append("… and 7 days:\n")
        .append(planWeek);
    out.append(
        String.format(
            Locale.ROOT,
            "target: %d days <= 50 ms: p50 %.2f ms, p99 %.2f ms (whole request);"
                + " %d days / 7 days, cumulative, p50 = %.2f (whole request), %.2f"
                + " (server time), target <= 1.2: %s%n",
            historyDays,
            p50,
            p99,
            historyDays,
            clientRatio,
            serverRatio,
            met ? "MET" : "NOT MET"));
    json.append(
        String.format(
            Locale.ROOT,
            ",\"tallies\":{\"town\":\"%s\",\"exits\":%d,\"history_days\":%d,\"inspections\":%d,"
                + "\"moved_aside\":%d",
            town,
            exits.size(),
            historyDays,
            rows,
            movedAside));
    json.append(",\"year_cumulative\":").append(full.get("cumulative").json());
    json.append(",\"year_day\":").append(full.get("day").json());
    json.append(",\"week_cumulative\":").append(seven.json());
    json.append(",\"week_day\":").append(week.get("day").json());
    json.append(
        String.format(
            Locale.ROOT,
            ",\"ratio_client_p50\":%.3f,\"ratio_server_p50\":%.3f,\"target_met\":%s}",
            clientRatio,
            serverRatio,
            met));
  }

  /** Adds a run's sample to the ones of its kind before it. */
  static void add(
      Map<String, PeoplePagesBenchmark.Sample> samples,
      String kind,
      PeoplePagesBenchmark.Sample run) {
    samples.merge(
        kind,
        run,
        (a, b) ->
            new PeoplePagesBenchmark.Sample(
                a.name(), concat(a.server(), b.server()), concat(a.client(), b.client())));
  }

  static double[] concat(double[] a, double[] b) {
    double[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** {@code samples} requests one at a time, after {@code warmup} untimed ones. */
  PeoplePagesBenchmark.Sample sample(
      String name, String pathAndQuery, String user, int samples, int warmup) throws Exception {
    for (int i = 0; i < warmup; i++) {
      get(pathAndQuery, user);
    }
    double[] server = new double[samples];
    double[] client = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = get(pathAndQuery, user);
      client[i] = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
      }
      server[i] = ServerTiming.durationMillis(response.headers().allValues("Server-Timing"), "app");
    }
    PeoplePagesBenchmark.Sample sample = new PeoplePagesBenchmark.Sample(name, server, client);
    log(
        "tallies: %s: p50 %.2f ms server, %.2f ms client",
        name, sample.serverP50(), PeoplePagesBenchmark.Sample.percentile(client, 50));
    return sample;
  }

  /**
   * The figures must equal a count of the rows: the day's inspections, and the cumulative ones from
   * {@code from} (the first day with tallies) to the day.
   */
  void verifyFigures(
      Connection db,
      List<InspectionData.Exit> exits,
      String pathAndQuery,
      String user,
      LocalDate day,
      LocalDate from)
      throws Exception {
    HttpResponse<String> response = get(pathAndQuery, user);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    long ofDay = sum(array(response.body(), "ofDay"));
    long cumulative = sum(array(response.body(), "cumulative"));
    long rowsOfDay = rows(db, exits, day, day);
    long rowsCumulative = rows(db, exits, from, day);
    if (ofDay != rowsOfDay || cumulative != rowsCumulative) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "the tallies say %d inspections on %s and %d since %s; the rows %d and %d",
              ofDay,
              day,
              cumulative,
              from,
              rowsOfDay,
              rowsCumulative));
    }
    log(
        "tallies: %,d inspections on %s, %,d from %s: equal to the rows",
        ofDay, day, cumulative, from);
  }

  private static long rows(
      Connection db, List<InspectionData.Exit> exits, LocalDate from, LocalDate to)
      throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(*) from checkpoints_inspection where checkpoint_id = any(?)"
                + " and duty_day between ? and ?")) {
      st.setArray(1, db.createArrayOf("uuid", InspectionData.ids(exits)));
      st.setObject(2, from);
      st.setObject(3, to);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The text of a JSON array member {@code "name":[…]} (brackets matched; no nesting of []). */
  static String array(String json, String name) {
    int at = json.indexOf("\"" + name + "\"");
    if (at < 0) {
      throw new IllegalStateException("no " + name + " in " + abbreviate(json));
    }
    int open = json.indexOf('[', at);
    int close = json.indexOf(']', open);
    return json.substring(open, close + 1);
  }

  static long sum(String counts) {
    long sum = 0;
    Matcher m = INSPECTIONS.matcher(counts);
    while (m.find()) {
      sum += Long.parseLong(m.group(1));
    }
    return sum;
  }

  /**
   * The exits' tally rows before {@code from} moved into {@link #ASIDE}, the totals to date counted
   * again from the rows left (as if the history began at {@code from}); how many.
   */
  static long moveAside(Connection db, List<InspectionData.Exit> exits, LocalDate from)
      throws SQLException {
    long moved;
    db.setAutoCommit(false);
    try (Statement st = db.createStatement();
        PreparedStatement copy =
            db.prepareStatement(
                "insert into "
                    + ASIDE
                    + " select * from checkpoints_tally"
                    + " where checkpoint_id = any(?) and duty_day < ?");
        PreparedStatement delete =
            db.prepareStatement(
                "delete from checkpoints_tally where checkpoint_id = any(?) and duty_day < ?")) {
      st.execute("create table " + ASIDE + " (like checkpoints_tally)");
      for (PreparedStatement p : List.of(copy, delete)) {
        p.setArray(1, db.createArrayOf("uuid", InspectionData.ids(exits)));
        p.setObject(2, from);
      }
      copy.executeUpdate();
      moved = delete.executeUpdate();
      TallyTotals.recount(db);
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
    try (Statement st = db.createStatement()) {
      st.execute("vacuum analyze checkpoints_tally");
      st.execute("vacuum analyze checkpoints_tally_series");
    }
    log("tallies: %,d tally rows before %s moved aside", moved, from);
    return moved;
  }

  /** The rows moved aside (by this run or one that was stopped) back in place, totals again. */
  static void moveBack(Connection db) throws SQLException {
    boolean exists;
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("select to_regclass('" + ASIDE + "') is not null")) {
      rs.next();
      exists = rs.getBoolean(1);
    }
    if (!exists) {
      return;
    }
    db.setAutoCommit(false);
    try (Statement st = db.createStatement()) {
      int back = st.executeUpdate("insert into checkpoints_tally select * from " + ASIDE);
      st.execute("drop table " + ASIDE);
      TallyTotals.recount(db);
      db.commit();
      log("tallies: %,d tally rows moved back", back);
    } finally {
      db.setAutoCommit(true);
    }
    try (Statement st = db.createStatement()) {
      st.execute("vacuum analyze checkpoints_tally");
      st.execute("vacuum analyze checkpoints_tally_series");
    }
  }

  /**
   * EXPLAIN ANALYZE of the SQL the cumulative figures come from (TallyBook's query as Hibernate
   * sends it, give or take the aliases): the plan's nodes and times, indented.
   */
  static String explain(Connection db, String town, LocalDate day, LocalDate since)
      throws SQLException {
    String path = ResidentData.place(db, town).path();
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement st =
        db.prepareStatement(
            "explain (analyze, buffers) select s.checkpoint_id, c.name, s.subject,"
                + " s.vehicle_kind, s.outcome,"
                + " case when s.last_day <= ? then s.inspections else "
                + totalAt("inspections_to_date", "<=")
                + " end, case when s.last_day <= ? then s.people else "
                + totalAt("people_to_date", "<=")
                + " end, case when s.first_day >= ? then 0 else "
                + totalAt("inspections_to_date", "<")
                + " end, case when s.first_day >= ? then 0 else "
                + totalAt("people_to_date", "<")
                + " end"
                + " from checkpoints_tally_series s, checkpoints_checkpoint c"
                + " where c.id = s.checkpoint_id and s.region_path >= ? and s.region_path < ?"
                + " order by c.name, s.checkpoint_id, s.subject, s.vehicle_kind, s.outcome")) {
      for (int i = 1; i <= 4; i++) {
        st.setObject(2 * i - 1, i <= 2 ? day : since);
        st.setObject(2 * i, i <= 2 ? day : since);
      }
      st.setString(9, path);
      st.setString(10, path.substring(0, path.length() - 1) + "0");
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          plan.append("  ").append(rs.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }

  /** TallyBook's look-up of a series' total at its last row on or before / before a day. */
  private static String totalAt(String total, String comparison) {
    return "(select t."
        + total
        + " from checkpoints_tally t where t.checkpoint_id = s.checkpoint_id"
        + " and t.subject = s.subject and t.vehicle_kind = s.vehicle_kind"
        + " and t.outcome = s.outcome and t.duty_day "
        + comparison
        + " ? order by t.duty_day desc, t.shift_no desc limit 1)";
  }

  /**
   * Fails unless every tally row of the checkpoint holds its series' totals up to it, and every
   * series the totals and day and shift of its last row.
   */
  static void totalsInStep(Connection db, UUID checkpoint, String after) throws SQLException {
    try (PreparedStatement rows =
            db.prepareStatement(
                "select count(*) from (select inspections_to_date, people_to_date,"
                    + " sum(inspections) over w i, sum(people) over w p from checkpoints_tally"
                    + " where checkpoint_id = ? window w as (partition by subject, vehicle_kind,"
                    + " outcome order by duty_day, shift_no)) r"
                    + " where r.i <> r.inspections_to_date or r.p <> r.people_to_date");
        PreparedStatement series =
            db.prepareStatement(
                "select count(*) from checkpoints_tally_series s full join (select distinct on"
                    + " (subject, vehicle_kind, outcome) * from checkpoints_tally"
                    + " where checkpoint_id = ? order by subject, vehicle_kind, outcome,"
                    + " duty_day desc, shift_no desc) t using (checkpoint_id, subject,"
                    + " vehicle_kind, outcome) where (s.checkpoint_id = ? or t.checkpoint_id = ?)"
                    + " and (s.last_day is distinct from t.duty_day"
                    + " or s.last_shift is distinct from t.shift_no"
                    + " or s.first_day is distinct from (select min(duty_day)"
                    + " from checkpoints_tally f where f.checkpoint_id = t.checkpoint_id"
                    + " and f.subject = t.subject and f.vehicle_kind = t.vehicle_kind"
                    + " and f.outcome = t.outcome)"
                    + " or s.inspections is distinct from t.inspections_to_date"
                    + " or s.people is distinct from t.people_to_date)")) {
      rows.setObject(1, checkpoint);
      series.setObject(1, checkpoint);
      series.setObject(2, checkpoint);
      series.setObject(3, checkpoint);
      for (PreparedStatement st : List.of(rows, series)) {
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          if (rs.getLong(1) != 0) {
            throw new IllegalStateException(
                rs.getLong(1)
                    + (st == rows ? " tally rows" : " series")
                    + " out of step with their totals to date after "
                    + after);
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- HTTP

  URI uri(String pathAndQuery) {
    return URI.create(base.toString().replaceAll("/+$", "") + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery, String user)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", ResidentData.basic(user))
            .header("Accept", "application/json")
            .GET()
            .build());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  static int number(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body == null ? "" : body);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  static String abbreviate(String text) {
    return text == null ? "" : text.length() <= 600 ? text : text.substring(0, 600) + "…";
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "checkpoints: " + format + "%n", args);
  }
}
