package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reliability drill (issue 11), run by {@code scripts/reliability.sh}: device batches sent as a
 * device sends them, by a client that sends again whatever was not acknowledged, while the script
 * breaks something; then the database is counted with SQL.
 *
 * <ul>
 *   <li><b>crash</b>: {@code --inspections} in batches by {@code --senders} to the first server;
 *       the script kills it (kill -9) once {@code --progress-file} says a third is acknowledged,
 *       and starts it again. Requests that fail (refused, reset, no answer) are sent again until
 *       acknowledged or {@code --deadline} seconds have passed.
 *   <li><b>outage</b>: the same, while the script stops PostgreSQL for 30 s: every answer must be a
 *       503 problem with {@code Retry-After} (the client waits that long) or a success, never no
 *       answer within {@code --timeout}; a thread polls {@code /health/ready} every second and
 *       records its turns (DOWN, then UP again).
 *   <li><b>twice</b>: each batch sent to two servers at the same moment; both must answer, and each
 *       item be stored by exactly one of them.
 * </ul>
 *
 * Acknowledged: a 200 whose every item is stored or a duplicate of one stored. At the end, from the
 * database: stored (rows of the drill's ids), lost (acknowledged ids without a row), duplicated
 * (rows of the drill's checkpoint in its window beyond its distinct ids, and tally rows that do not
 * match a count of the rows). Prints the figures, and one JSON line.
 */
public final class ReliabilityDrill {

  private static final Pattern STORED = Pattern.compile("\"stored\"\\s*:\\s*(\\d+)");
  private static final Pattern DUPLICATES = Pattern.compile("\"duplicates\"\\s*:\\s*(\\d+)");

  private final List<URI> servers;
  private final Duration timeout;
  private final Instant deadline;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  // what happened, over every request
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong resent = new AtomicLong();
  private final AtomicLong acknowledgedItems = new AtomicLong();
  private final AtomicLong unavailable = new AtomicLong();
  private final AtomicLong unavailableWithoutRetryAfter = new AtomicLong();
  private final AtomicLong timeouts = new AtomicLong();
  private final AtomicLong connectionFailures = new AtomicLong();
  private final AtomicLong slowestMillis = new AtomicLong();
  private final Map<String, Integer> otherAnswers = new ConcurrentHashMap<>();
  private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

  ReliabilityDrill(List<URI> servers, Duration timeout, Duration deadline) {
    this.servers = servers;
    this.timeout = timeout;
    this.deadline = Instant.now().plus(deadline);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = PeopleData.options(args);
    String phase = o.getOrDefault("phase", "crash");
    List<URI> servers =
        List.of(o.getOrDefault("urls", "http://localhost:9880").split(",")).stream()
            .map(URI::create)
            .toList();
    String jdbc = o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/shaodian_reliability");
    int inspections = Integer.parseInt(o.getOrDefault("inspections", "100000"));
    int batchSize = Integer.parseInt(o.getOrDefault("batch-size", "500"));
    int senders = Integer.parseInt(o.getOrDefault("senders", "4"));
    Duration timeout = Duration.ofSeconds(Long.parseLong(o.getOrDefault("timeout", "30")));
    Duration deadline = Duration.ofSeconds(Long.parseLong(o.getOrDefault("deadline", "900")));
    Path progress = o.containsKey("progress-file") ? Path.of(o.get("progress-file")) : null;
    long seed = Long.parseLong(o.getOrDefault("seed", "11"));

    ReliabilityDrill drill = new ReliabilityDrill(servers, timeout, deadline);
    String user = o.getOrDefault("db-user", "shaodian");
    String password = o.getOrDefault("db-password", "shaodian");
    List<List<InspectionData.Item>> batches;
    long rowsBefore;
    try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
      List<CheckpointsBenchmark.OnDuty> duty =
          new CheckpointsBenchmark(servers.get(0), 0).onDuty(db);
      rowsBefore = rowsAt(db, InspectionData.SHOUCHANG_EXIT);
      batches =
          CheckpointsBenchmark.batches(
              new InspectionData.Generator(seed, true),
              new SplittableRandom(seed),
              duty,
              (inspections + batchSize - 1) / batchSize,
              batchSize);
    }
    log(
        "%s: %,d inspections in %d batches of %d to %s, %d senders, client timeout %d s",
        phase, inspections, batches.size(), batchSize, servers, senders, timeout.toSeconds());
    Readiness readiness = new Readiness(drill.http, servers.get(0));
    if (phase.equals("outage")) {
      readiness.start();
    }
    long began = System.nanoTime();
    List<String> failures =
        phase.equals("twice")
            ? drill.sendEachToBoth(batches, senders)
            : drill.send(batches, senders, progress);
    double seconds = (System.nanoTime() - began) / 1e9;
    readiness.stop();
    // a connection of its own for the counting: the drill may have stopped the database meanwhile
    try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
      drill.report(db, phase, batches, rowsBefore, seconds, readiness, failures);
    }
  }

  // ---------------------------------------------------------------- sending

  /** Every batch to the servers in turn, each sent again until acknowledged. */
  List<String> send(List<List<InspectionData.Item>> batches, int senders, Path progress)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<String> failures = new CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      Thread thread =
          new Thread(
              () -> {
                for (int b = next.getAndIncrement();
                    b < batches.size();
                    b = next.getAndIncrement()) {
                  String failure =
                      untilAcknowledged(servers.get(b % servers.size()), batches.get(b));
                  if (failure != null) {
                    failures.add("batch " + b + ": " + failure);
                  }
                  writeProgress(progress);
                }
              },
              "sender-" + s);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return failures;
  }

  /** Each batch to every server at the same moment; each item must be stored by one of them. */
  List<String> sendEachToBoth(List<List<InspectionData.Item>> batches, int senders)
      throws InterruptedException {
    List<String> failures = new CopyOnWriteArrayList<>();
    AtomicInteger next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      Thread thread =
          new Thread(
              () -> {
                for (int b = next.getAndIncrement();
                    b < batches.size();
                    b = next.getAndIncrement()) {
                  List<InspectionData.Item> batch = batches.get(b);
                  int[] storedBy = new int[servers.size()];
                  List<Thread> both = new ArrayList<>();
                  for (int i = 0; i < servers.size(); i++) {
                    int server = i;
                    Thread t =
                        new Thread(() -> storedBy[server] = storedOnce(servers.get(server), batch));
                    t.start();
                    both.add(t);
                  }
                  for (Thread t : both) {
                    try {
                      t.join();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                  }
                  int stored = 0;
                  for (int n : storedBy) {
                    stored += n;
                  }
                  if (stored != batch.size()) {
                    failures.add(
                        "batch "
                            + b
                            + ": stored "
                            + stored
                            + " times by the servers, of "
                            + batch.size());
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
    return failures;
  }

  /** Sends until acknowledged; how many of its items this server stored (not duplicates). */
  private int storedOnce(URI server, List<InspectionData.Item> batch) {
    String body = InspectionData.batchJson(batch);
    while (Instant.now().isBefore(deadline)) {
      Answer answer = post(server, body);
      if (answer.acknowledged(batch.size())) {
        batch.forEach(item -> acknowledged.add(item.id()));
        acknowledgedItems.addAndGet(batch.size());
        return answer.stored();
      }
      resent.incrementAndGet();
      pause(answer.retryAfter());
    }
    return -1;
  }

  /** Sends a batch until every item is acknowledged; null, or why it was not by the deadline. */
  private String untilAcknowledged(URI server, List<InspectionData.Item> batch) {
    String body = InspectionData.batchJson(batch);
    String last = null;
    while (Instant.now().isBefore(deadline)) {
      Answer answer = post(server, body);
      if (answer.acknowledged(batch.size())) {
        batch.forEach(item -> acknowledged.add(item.id()));
        acknowledgedItems.addAndGet(batch.size());
        return null;
      }
      last = answer.what();
      resent.incrementAndGet();
      pause(answer.retryAfter());
    }
    return "not acknowledged by the deadline; last answer " + last;
  }

  /** One request: what came back, or how it failed. */
  private Answer post(URI server, String body) {
    requests.incrementAndGet();
    HttpRequest request =
        HttpRequest.newBuilder(server.resolve("/api/v1/inspection-batches"))
            .timeout(timeout)
            .header("Authorization", ResidentData.basic(CheckpointsBenchmark.RECORDER_ACCOUNT))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8))
            .build();
    long began = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
      slowestMillis.accumulateAndGet((System.nanoTime() - began) / 1_000_000, Math::max);
      int status = response.statusCode();
      if (status == 200) {
        return new Answer(
            status,
            number(STORED, response.body()),
            number(DUPLICATES, response.body()),
            null,
            "200");
      }
      if (status == 503) {
        unavailable.incrementAndGet();
        String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        boolean problem =
            response
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json");
        if (retryAfter == null || !problem) {
          unavailableWithoutRetryAfter.incrementAndGet();
        }
        Duration wait =
            retryAfter == null
                ? Duration.ofSeconds(1)
                : Duration.ofSeconds(Long.parseLong(retryAfter));
        return new Answer(status, 0, 0, wait, "503");
      }
      otherAnswers.merge("HTTP " + status, 1, Integer::sum);
      return new Answer(
          status,
          0,
          0,
          Duration.ofSeconds(1),
          "HTTP " + status + ": " + abbreviate(response.body()));
    } catch (HttpTimeoutException late) {
      timeouts.incrementAndGet();
      return new Answer(
          0, 0, 0, Duration.ofSeconds(1), "no answer within " + timeout.toSeconds() + " s");
    } catch (IOException failed) {
      connectionFailures.incrementAndGet();
      return new Answer(0, 0, 0, Duration.ofSeconds(1), failed.getClass().getSimpleName());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new Answer(0, 0, 0, Duration.ZERO, "interrupted");
    }
  }

  /** An answer: status (0: none), stored and duplicates of a 200, how long to wait before again. */
  record Answer(int status, int stored, int duplicates, Duration retryAfter, String what) {

    boolean acknowledged(int size) {
      return status == 200 && stored + duplicates == size;
    }
  }

  private void writeProgress(Path progress) {
    if (progress == null) {
      return;
    }
    try {
      // written aside and moved: the script never reads a half-written file
      Path aside =
          progress.resolveSibling(progress.getFileName() + "." + Thread.currentThread().getId());
      Files.writeString(aside, acknowledgedItems.get() + "\n");
      Files.move(
          aside,
          progress,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause(Duration wait) {
    try {
      Thread.sleep(wait == null ? 0 : wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---------------------------------------------------------------- readiness

  /** Polls /health/ready every second and records each turn (UP, DOWN, no answer). */
  static final class Readiness {
    private final HttpClient http;
    private final URI server;
    private final List<String> turns = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running;
    private Thread thread;

    Readiness(HttpClient http, URI server) {
      this.http = http;
      this.server = server;
    }

    void start() {
      running = true;
      Instant began = Instant.now();
      thread =
          new Thread(
              () -> {
                String last = null;
                while (running) {
                  String now = state();
                  if (!now.equals(last)) {
                    turns.add(
                        String.format(
                            "%s at %.0f s",
                            now, Duration.between(began, Instant.now()).toMillis() / 1e3));
                    last = now;
                  }
                  pause(Duration.ofSeconds(1));
                }
              },
              "readiness");
      thread.setDaemon(true);
      thread.start();
    }

    private String state() {
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(server.resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        return ready.statusCode() == 200 ? "UP" : "DOWN";
      } catch (IOException e) {
        return "no answer";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
    }

    void stop() throws InterruptedException {
      running = false;
      if (thread != null) {
        thread.join();
      }
    }

    List<String> turns() {
      return List.copyOf(turns);
    }

    /** DOWN at some point and UP at the end. */
    boolean wentDownAndCameBack() {
      List<String> t = turns();
      return t.stream().anyMatch(s -> s.startsWith("DOWN"))
          && !t.isEmpty()
          && t.get(t.size() - 1).startsWith("UP");
    }
  }

  // ---------------------------------------------------------------- counting

  void report(
      Connection db,
      String phase,
      List<List<InspectionData.Item>> batches,
      long rowsBefore,
      double seconds,
      Readiness readiness,
      List<String> failures)
      throws SQLException {
    List<UUID> ids = new ArrayList<>();
    batches.forEach(b -> b.forEach(i -> ids.add(i.id())));
    UUID checkpoint = InspectionData.SHOUCHANG_EXIT;
    Set<UUID> stored = storedIds(db, ids);
    long lost = acknowledged.stream().filter(id -> !stored.contains(id)).count();
    long missing = ids.stream().filter(id -> !stored.contains(id)).count();
    // rows the checkpoint gained during the drill beyond the drill's own, each stored once
    long gained = rowsAt(db, checkpoint) - rowsBefore;
    long duplicated = gained - stored.size();
    long tallyMismatches =
        CheckpointsBenchmark.tallyMismatches(
            db, checkpoint, CheckpointsBenchmark.shiftsOf(batches));
    boolean ok =
        failures.isEmpty()
            && lost == 0
            && missing == 0
            && duplicated == 0
            && tallyMismatches == 0
            && timeouts.get() == 0
            && (!phase.equals("outage")
                || (unavailableWithoutRetryAfter.get() == 0 && readiness.wentDownAndCameBack()));
    Map<String, Object> figures = new TreeMap<>();
    StringBuilder out = new StringBuilder();
    out.append(String.format("%nRELIABILITY — %s, %s%n", phase, ok ? "PASSED" : "FAILED"));
    row(out, figures, "inspections sent", ids.size());
    row(out, figures, "requests", requests.get());
    row(out, figures, "requests sent again", resent.get());
    row(out, figures, "acknowledged", acknowledged.size());
    row(out, figures, "stored", stored.size());
    row(out, figures, "lost (acknowledged, not stored)", lost);
    row(out, figures, "not stored at all", missing);
    row(out, figures, "duplicated", duplicated);
    row(out, figures, "tally rows not matching the rows", tallyMismatches);
    row(out, figures, "503 answers", unavailable.get());
    row(
        out,
        figures,
        "503 without Retry-After or problem+json",
        unavailableWithoutRetryAfter.get());
    row(out, figures, "no answer within the client timeout", timeouts.get());
    row(out, figures, "connections refused or reset", connectionFailures.get());
    row(out, figures, "slowest answer (ms)", slowestMillis.get());
    row(out, figures, "seconds", Math.round(seconds));
    otherAnswers.forEach((what, n) -> row(out, figures, "other answers: " + what, n));
    if (phase.equals("outage")) {
      out.append(String.format("  %-42s %s%n", "readiness", String.join(", ", readiness.turns())));
    }
    failures.stream().limit(10).forEach(f -> out.append("  failure: ").append(f).append('\n'));
    System.out.print(out);
    StringBuilder json =
        new StringBuilder("{\"phase\":\"").append(phase).append("\",\"passed\":").append(ok);
    figures.forEach(
        (k, v) ->
            json.append(",\"")
                .append(k.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_"))
                .append("\":")
                .append(v));
    System.out.println(json.append('}'));
    if (!ok) {
      System.exit(1);
    }
  }

  private static void row(StringBuilder out, Map<String, Object> figures, String name, long value) {
    out.append(String.format("  %-42s %,d%n", name, value));
    figures.put(name.replaceAll("\\(.*\\)", "").trim(), value);
  }

  /** The checkpoint's inspections, all days. */
  private static long rowsAt(Connection db, UUID checkpoint) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(*) from checkpoints_inspection where checkpoint_id = ?")) {
      st.setObject(1, checkpoint);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Set<UUID> storedIds(Connection db, List<UUID> ids) throws SQLException {
    Set<UUID> stored = new HashSet<>();
    try (PreparedStatement st =
        db.prepareStatement("select id from checkpoints_inspection where id = any(?)")) {
      st.setArray(1, db.createArrayOf("uuid", ids.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          stored.add((UUID) rs.getObject(1));
        }
      }
    }
    return stored;
  }

  private static int number(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static String abbreviate(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }

  static void log(String format, Object... args) {
    System.err.printf("reliability: " + format + "%n", args);
  }
}
