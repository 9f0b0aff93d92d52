package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * A constant-rate (open-model) HTTP load generator, free of coordinated omission.
 *
 * <p>Request {@code i} has the intended start time {@code start + i / rate}, whatever happened to
 * the requests before it. A fixed pool of workers, each with its own HTTP/1.1 client and so at most
 * one connection, takes the requests in order: a free worker waits for the intended start time and
 * sends; when every worker is busy the request goes out late. Latency is measured from the intended
 * start to the end of the response body (as wrk2 does), so a server or a pool that cannot keep up
 * shows as growing latency, not as a quietly lower rate. The service time, from the actual send to
 * the end of the body, is kept in a histogram of its own.
 *
 * <p>The schedule runs for the warm-up and then the measured period; only requests whose intended
 * start falls in the measured period are counted. Requests scheduled in it but still waiting at the
 * end are sent afterwards, up to {@link Config#maxDrain()} past its end; those never sent by then
 * are counted as {@code unsent} and enter the latency histogram with the time they had waited when
 * the generator gave up (a lower bound of their latency).
 *
 * <p>In-process use:
 *
 * <pre>{@code
 * LoadGenerator.Result result =
 *     new LoadGenerator(
 *             LoadGenerator.builder()
 *                 .baseUrl("http://localhost:9080")
 *                 .request(RequestTemplate.get("/api/v1/regions/330182107000"))
 *                 .basicAuth("shouchang-official", "shaodian")
 *                 .rate(200)
 *                 .warmup(Duration.ofSeconds(5))
 *                 .duration(Duration.ofSeconds(20))
 *                 .build())
 *         .run();
 * System.out.print(result.report());
 * }</pre>
 *
 * <p>From the command line, see {@link #main(String[])} and {@code bench/README.md}.
 */
public final class LoadGenerator {

  /** Latencies are recorded in microseconds, up to one hour (longer ones count as one hour). */
  static final long HIGHEST_TRACKABLE_MICROS = TimeUnit.HOURS.toMicros(1);

  /** Time given to the workers to start before the first intended start time. */
  private static final long STARTUP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private static final HttpResponse.BodyHandler<Long> COUNT_BODY =
      info -> HttpResponse.BodySubscribers.fromSubscriber(new ByteCounter(), ByteCounter::bytes);

  private final Config config;

  public LoadGenerator(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** A builder of the configuration, with the defaults of {@link Config}. */
  public static Config.Builder builder() {
    return new Config.Builder();
  }

  public Config config() {
    return config;
  }

  /**
   * Runs the warm-up and the measured period, waits for the last response (or the drain limit), and
   * returns the figures of the measured period.
   *
   * @throws IllegalArgumentException if a request template cannot be turned into a request
   * @throws IllegalStateException if the request supplier failed during the run
   * @throws CancellationException if the calling thread was interrupted (its flag is set again)
   */
  public Result run() {
    LongFunction<HttpRequest> source = requestSource();
    ExecutorService clientExecutor = Executors.newCachedThreadPool(daemonThreads("loadgen-http-"));
    try {
      long start = System.nanoTime() + STARTUP_NANOS;
      long measureStart = start + config.warmup().toNanos();
      long end = measureStart + config.duration().toNanos();
      Schedule schedule =
          new Schedule(source, start, 1e9 / config.rate(), end, end + config.maxDrain().toNanos());

      List<Worker> workers = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      ThreadFactory workerThreads = daemonThreads("loadgen-worker-");
      for (int i = 0; i < config.connections(); i++) {
        Worker worker =
            new Worker(
                schedule, newClient(clientExecutor), measureStart, config.serverTimingMetric());
        workers.add(worker);
        threads.add(workerThreads.newThread(worker));
      }
      threads.forEach(Thread::start);
      try {
        for (Thread thread : threads) {
          thread.join();
        }
      } catch (InterruptedException e) {
        schedule.stop();
        threads.forEach(Thread::interrupt);
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while the load generator was running");
      }
      if (schedule.failure != null) {
        throw new IllegalStateException("the request supplier failed", schedule.failure);
      }
      return collect(schedule, workers, measureStart, end);
    } finally {
      clientExecutor.shutdownNow();
    }
  }

  private HttpClient newClient(ExecutorService executor) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .proxy(HttpClient.Builder.NO_PROXY)
        .executor(executor)
        .build();
  }

  /** Request number {@code i} of the run, warm-up included; called by one thread at a time. */
  private LongFunction<HttpRequest> requestSource() {
    String authorization = config.authorization();
    Duration timeout = config.timeout();
    URI baseUrl = config.baseUrl();
    if (!config.templates().isEmpty()) {
      List<HttpRequest> prepared =
          config.templates().stream()
              .map(t -> t.toHttpRequest(baseUrl, timeout, authorization))
              .toList();
      int n = prepared.size();
      return i -> prepared.get((int) (i % n));
    }
    if (config.templateSupplier() != null) {
      Supplier<RequestTemplate> supplier = config.templateSupplier();
      return i -> supplier.get().toHttpRequest(baseUrl, timeout, authorization);
    }
    Supplier<HttpRequest> supplier = config.requestSupplier();
    return i -> complete(supplier.get(), timeout, authorization);
  }

  /** {@code request} with the timeout and the credentials of the run unless it has its own. */
  static HttpRequest complete(HttpRequest request, Duration timeout, String authorization) {
    boolean addAuthorization =
        authorization != null && request.headers().firstValue("Authorization").isEmpty();
    boolean addTimeout = timeout != null && request.timeout().isEmpty();
    if (!addAuthorization && !addTimeout) {
      return request;
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true);
    if (addAuthorization) {
      builder.header("Authorization", authorization);
    }
    if (addTimeout) {
      builder.timeout(timeout);
    }
    return builder.build();
  }

  private Result collect(Schedule schedule, List<Worker> workers, long measureStart, long end) {
    Histogram latency = newHistogram();
    Histogram service = newHistogram();
    Histogram serverTiming = newHistogram();
    Map<String, Long> errors = new TreeMap<>();
    long count = 0;
    long ok = 0;
    long bytes = 0;
    long finish = end;
    for (Worker worker : workers) {
      latency.add(worker.latency);
      service.add(worker.service);
      serverTiming.add(worker.serverTiming);
      worker.errors.forEach((key, n) -> errors.merge(key, n, Long::sum));
      count += worker.count;
      ok += worker.ok;
      bytes += worker.bytes;
      if (worker.count > 0 && worker.lastCompletion - finish > 0) {
        finish = worker.lastCompletion;
      }
    }
    long unsent = 0;
    if (schedule.stoppedAt != 0) {
      for (long i = schedule.next; schedule.intended(i) - end < 0; i++) {
        long intended = schedule.intended(i);
        if (intended - measureStart >= 0) {
          unsent++;
          record(latency, schedule.stoppedAt - intended);
        }
      }
      if (schedule.stoppedAt - finish > 0) {
        finish = schedule.stoppedAt;
      }
    }
    if (unsent > 0) {
      errors.put("unsent", unsent);
    }
    double elapsedSeconds = (finish - measureStart) / 1e9;
    return new Result(
        config.rate(),
        count / elapsedSeconds,
        config.connections(),
        config.duration().toNanos() / 1e9,
        elapsedSeconds,
        count,
        ok,
        unsent,
        Collections.unmodifiableMap(errors),
        bytes,
        new Stats(latency),
        new Stats(service),
        new Stats(serverTiming),
        config.serverTimingMetric());
  }

  static Histogram newHistogram() {
    return new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
  }

  private static void record(Histogram histogram, long nanos) {
    histogram.recordValue(Math.min(Math.max(0, nanos / 1000), HIGHEST_TRACKABLE_MICROS));
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + n.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Waits until {@code System.nanoTime()} reaches {@code deadline}; false if interrupted. */
  private static boolean parkUntil(long deadline) {
    for (long wait = deadline - System.nanoTime(); wait > 0; wait = deadline - System.nanoTime()) {
      LockSupport.parkNanos(wait);
      if (Thread.currentThread().isInterrupted()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs the load generator from the command line; {@code --help} lists the options. Prints the
   * report (and, with {@code --format json} or {@code both}, a one-line JSON summary) on standard
   * output, progress on standard error. Exits with 2 on a usage error.
   */
  public static void main(String[] args) {
    CommandLine command;
    try {
      command = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("loadgen: " + e.getMessage());
      System.err.println("loadgen: --help lists the options");
      System.exit(2);
      return;
    }
    if (command.help()) {
      System.out.print(CommandLine.USAGE);
      return;
    }
    Config config = command.config();
    System.err.printf(
        Locale.ROOT,
        "loadgen: %s at %s req/s, %d connections, %.1f s warm-up + %.1f s measured, %s%n",
        config.baseUrl() == null ? "(request supplier)" : config.baseUrl(),
        number(config.rate()),
        config.connections(),
        config.warmup().toNanos() / 1e9,
        config.duration().toNanos() / 1e9,
        config.describeRequests());
    Result result = new LoadGenerator(config).run();
    if (command.format() != CommandLine.Format.JSON) {
      System.out.print(result.report());
    }
    if (command.format() != CommandLine.Format.TEXT) {
      System.out.println(result.toJson());
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * What to send, how fast and for how long.
   *
   * <p>The requests come from exactly one of: {@code templates} (sent round-robin), {@code
   * templateSupplier} or {@code requestSupplier}. A supplier is called by one thread at a time, in
   * the order of the intended start times (warm-up included), just before the request waits for its
   * start time; it need not be thread-safe. Templates are resolved against {@code baseUrl};
   * requests from {@code requestSupplier} carry absolute URIs and get the credentials and the
   * timeout of the run unless they have their own.
   *
   * @param baseUrl the base URL, such as {@code http://localhost:9080}; may be {@code null} with a
   *     {@code requestSupplier}
   * @param rate requests per second, scheduled at fixed intervals of {@code 1 / rate}
   * @param connections the number of workers, each with its own HTTP/1.1 client holding at most one
   *     connection (default 16)
   * @param warmup how long to send before measuring (default 5 s)
   * @param duration how long to measure (default 20 s)
   * @param username HTTP Basic user name, or {@code null} for none
   * @param password HTTP Basic password, or {@code null} for none
   * @param timeout the connect timeout and the per-request timeout until the response headers
   *     arrive (default 10 s)
   * @param maxDrain how long after the measured period the backlog may still be sent (default the
   *     measured duration, at least 10 s)
   * @param serverTimingMetric the {@code Server-Timing} metric whose {@code dur} is reported
   *     (default {@code app})
   */
  public record Config(
      URI baseUrl,
      List<RequestTemplate> templates,
      Supplier<RequestTemplate> templateSupplier,
      Supplier<HttpRequest> requestSupplier,
      double rate,
      int connections,
      Duration warmup,
      Duration duration,
      String username,
      String password,
      Duration timeout,
      Duration maxDrain,
      String serverTimingMetric) {

    public static final int DEFAULT_CONNECTIONS = 16;
    public static final Duration DEFAULT_WARMUP = Duration.ofSeconds(5);
    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(20);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final String DEFAULT_SERVER_TIMING_METRIC = "app";

    public Config {
      templates = List.copyOf(templates == null ? List.of() : templates);
      int sources =
          (templates.isEmpty() ? 0 : 1)
              + (templateSupplier == null ? 0 : 1)
              + (requestSupplier == null ? 0 : 1);
      if (sources != 1) {
        throw new IllegalArgumentException(
            "give exactly one of: request templates, a template supplier, a request supplier");
      }
      if (baseUrl == null && requestSupplier == null) {
        throw new IllegalArgumentException("the base URL is missing");
      }
      if (baseUrl != null
          && (!baseUrl.isAbsolute()
              || !("http".equalsIgnoreCase(baseUrl.getScheme())
                  || "https".equalsIgnoreCase(baseUrl.getScheme()))
              || baseUrl.getHost() == null)) {
        throw new IllegalArgumentException("the base URL is not an http(s) URL: " + baseUrl);
      }
      if (!(rate > 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("the rate is not a positive number: " + rate);
      }
      if (connections < 1) {
        throw new IllegalArgumentException("connections must be at least 1: " + connections);
      }
      Objects.requireNonNull(warmup, "warmup");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(maxDrain, "maxDrain");
      if (warmup.isNegative() || maxDrain.isNegative()) {
        throw new IllegalArgumentException("the warm-up and the drain limit cannot be negative");
      }
      if (duration.isNegative() || duration.isZero() || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the duration and the timeout must be positive");
      }
      if ((username == null) != (password == null)) {
        throw new IllegalArgumentException("give both the user name and the password, or neither");
      }
      if (serverTimingMetric == null || serverTimingMetric.isBlank()) {
        serverTimingMetric = DEFAULT_SERVER_TIMING_METRIC;
      }
    }

    /** The {@code Authorization} header value for the credentials, or {@code null}. */
    String authorization() {
      if (username == null) {
        return null;
      }
      return "Basic "
          + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(UTF_8));
    }

    /** The templates, or which kind of supplier, for reports. */
    public String describeRequests() {
      if (!templates.isEmpty()) {
        return templates.stream().map(RequestTemplate::toString).collect(Collectors.joining(", "));
      }
      return templateSupplier != null ? "(template supplier)" : "(request supplier)";
    }

    /** Like the record's, with the password masked. */
    @Override
    public String toString() {
      return "Config[baseUrl="
          + baseUrl
          + ", requests="
          + describeRequests()
          + ", rate="
          + rate
          + ", connections="
          + connections
          + ", warmup="
          + warmup
          + ", duration="
          + duration
          + ", username="
          + username
          + ", password="
          + (password == null ? null : "***")
          + ", timeout="
          + timeout
          + ", maxDrain="
          + maxDrain
          + ", serverTimingMetric="
          + serverTimingMetric
          + "]";
    }

    /** Builds a {@link Config}; see its parameters for the defaults. */
    public static final class Builder {
      private URI baseUrl;
      private final List<RequestTemplate> templates = new ArrayList<>();
      private Supplier<RequestTemplate> templateSupplier;
      private Supplier<HttpRequest> requestSupplier;
      private double rate;
      private int connections = DEFAULT_CONNECTIONS;
      private Duration warmup = DEFAULT_WARMUP;
      private Duration duration = DEFAULT_DURATION;
      private String username;
      private String password;
      private Duration timeout = DEFAULT_TIMEOUT;
      private Duration maxDrain;
      private String serverTimingMetric = DEFAULT_SERVER_TIMING_METRIC;

      Builder() {}

      public Builder baseUrl(String baseUrl) {
        return baseUrl(URI.create(baseUrl));
      }

      public Builder baseUrl(URI baseUrl) {
        this.baseUrl = baseUrl;
        return this;
      }

      /** Adds a template; the templates are sent round-robin. */
      public Builder request(RequestTemplate template) {
        templates.add(Objects.requireNonNull(template, "template"));
        return this;
      }

      /** Adds templates; the templates are sent round-robin. */
      public Builder requests(List<RequestTemplate> templates) {
        templates.forEach(this::request);
        return this;
      }

      /** Takes each request's template from {@code supplier} (say, to vary a page cursor). */
      public Builder templateSupplier(Supplier<RequestTemplate> supplier) {
        this.templateSupplier = supplier;
        return this;
      }

      /** Takes each request from {@code supplier}, with absolute URIs. */
      public Builder requestSupplier(Supplier<HttpRequest> supplier) {
        this.requestSupplier = supplier;
        return this;
      }

      /** Requests per second. */
      public Builder rate(double rate) {
        this.rate = rate;
        return this;
      }

      public Builder connections(int connections) {
        this.connections = connections;
        return this;
      }

      public Builder warmup(Duration warmup) {
        this.warmup = warmup;
        return this;
      }

      public Builder duration(Duration duration) {
        this.duration = duration;
        return this;
      }

      public Builder basicAuth(String username, String password) {
        this.username = username;
        this.password = password;
        return this;
      }

      public Builder timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
      }

      public Builder maxDrain(Duration maxDrain) {
        this.maxDrain = maxDrain;
        return this;
      }

      public Builder serverTimingMetric(String metric) {
        this.serverTimingMetric = serverTimingMetric;
        return this;
      }

      public Config build() {
        Duration drain = maxDrain;
        if (drain == null) {
          Duration floor = Duration.ofSeconds(10);
          drain = duration != null && duration.compareTo(floor) > 0 ? duration : floor;
        }
        return new Config(
            baseUrl,
            templates,
            templateSupplier,
            requestSupplier,
            rate,
            connections,
            warmup,
            duration,
            username,
            password,
            timeout,
            drain,
            serverTimingMetric);
      }
    }
  }

  /**
   * The figures of the measured period.
   *
   * @param targetRate the configured rate, requests per second
   * @param achievedRate completed requests (responses of any status and failed exchanges) per
   *     second, over the measured period or until the last of its responses if that came later
   * @param connections the number of workers
   * @param measuredSeconds the configured measured duration
   * @param elapsedSeconds from the start of the measured period to its last response (at least the
   *     measured duration)
   * @param count the requests of the measured period that completed: responses and exceptions
   * @param ok the responses with a 2xx status
   * @param unsent the requests of the measured period never sent (the drain limit was reached)
   * @param errors counts by {@code "HTTP <status>"} for non-2xx responses, by exception class name
   *     for failed exchanges, and {@code "unsent"}
   * @param bytes response body bytes received
   * @param latency intended start to the end of the response (responses of any status, and the
   *     unsent requests as a lower bound)
   * @param serviceTime actual send to the end of the response (responses of any status)
   * @param serverTiming the {@code dur} of the {@code serverTimingMetric} in {@code Server-Timing}
   *     headers, where present
   * @param serverTimingMetric the metric read from {@code Server-Timing}
   */
  public record Result(
      double targetRate,
      double achievedRate,
      int connections,
      double measuredSeconds,
      double elapsedSeconds,
      long count,
      long ok,
      long unsent,
      Map<String, Long> errors,
      long bytes,
      Stats latency,
      Stats serviceTime,
      Stats serverTiming,
      String serverTimingMetric) {

    /** All the errors, unsent requests included. */
    public long errorCount() {
      return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether every request was sent and the achieved rate is within 5 % of the target. */
    public boolean keptUp() {
      return unsent == 0 && achievedRate >= 0.95 * targetRate;
    }

    /** A few lines for people: rates, counts, percentiles in milliseconds, errors. */
    public String report() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "target %.2f req/s, %d connections, %.1f s measured%n",
              targetRate,
              connections,
              measuredSeconds));
      out.append(
          String.format(
              Locale.ROOT,
              "achieved %.2f req/s: %d requests, %d ok, %d errors, %.2f MiB received%n",
              achievedRate,
              count,
              ok,
              errorCount(),
              bytes / (1024.0 * 1024.0)));
      out.append(
          String.format(
              Locale.ROOT,
              "%-18s %9s %9s %9s %9s %9s %9s%n",
              "",
              "p50",
              "p90",
              "p99",
              "p99.9",
              "max",
              "mean"));
      row(out, "latency ms", latency);
      row(out, "service time ms", serviceTime);
      if (serverTiming.count() > 0) {
        row(out, "server " + serverTimingMetric + " ms", serverTiming);
      }
      if (!errors.isEmpty()) {
        out.append("errors: ")
            .append(
                errors.entrySet().stream()
                    .map(e -> e.getKey() + " x" + e.getValue())
                    .collect(Collectors.joining(", ")))
            .append(System.lineSeparator());
      }
      if (!keptUp()) {
        out.append(
                "WARNING: the target rate was not kept up; latency includes the backlog"
                    + (unsent > 0 ? ", and " + unsent + " requests were never sent" : ""))
            .append(System.lineSeparator());
      }
      return out.toString();
    }

    private static void row(StringBuilder out, String label, Stats stats) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-18s %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f%n",
              label,
              stats.p50(),
              stats.p90(),
              stats.p99(),
              stats.p999(),
              stats.max(),
              stats.mean()));
    }

    /** The figures as one line of JSON, times in milliseconds with two decimals. */
    public String toJson() {
      StringBuilder out = new StringBuilder("{");
      out.append("\"target_rate\":").append(fixed(targetRate));
      out.append(",\"achieved_rate\":").append(fixed(achievedRate));
      out.append(",\"connections\":").append(connections);
      out.append(",\"measured_s\":").append(fixed(measuredSeconds));
      out.append(",\"elapsed_s\":").append(fixed(elapsedSeconds));
      out.append(",\"count\":").append(count);
      out.append(",\"ok\":").append(ok);
      out.append(",\"unsent\":").append(unsent);
      out.append(",\"errors\":{");
      boolean first = true;
      for (Map.Entry<String, Long> error : errors.entrySet()) {
        out.append(first ? "" : ",").append(jsonString(error.getKey())).append(':');
        out.append(error.getValue());
        first = false;
      }
      out.append('}');
      out.append(",\"bytes\":").append(bytes);
      out.append(",\"latency_ms\":").append(latency.toJson());
      out.append(",\"service_ms\":").append(serviceTime.toJson());
      out.append(",\"server_timing_metric\":").append(jsonString(serverTimingMetric));
      out.append(",\"server_timing_ms\":").append(serverTiming.toJson());
      return out.append('}').toString();
    }
  }

  /**
   * Percentiles of one histogram of microseconds, in milliseconds ({@code NaN} when empty).
   *
   * @param histogram the recorded values, in microseconds
   */
  public record Stats(Histogram histogram) {

    public long count() {
      return histogram.getTotalCount();
    }

    /** The value at {@code percentile} (0 to 100), in milliseconds. */
    public double percentile(double percentile) {
      return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public double p50() {
      return percentile(50);
    }

    public double p90() {
      return percentile(90);
    }

    public double p99() {
      return percentile(99);
    }

    public double p999() {
      return percentile(99.9);
    }

    public double max() {
      return count() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }

    public double mean() {
      return count() == 0 ? Double.NaN : histogram.getMean() / 1000.0;
    }

    /** {@code {"count":..,"p50":..,...}}, or {@code null} when empty. */
    String toJson() {
      if (count() == 0) {
        return "null";
      }
      return "{\"count\":"
          + count()
          + ",\"p50\":"
          + fixed(p50())
          + ",\"p90\":"
          + fixed(p90())
          + ",\"p99\":"
          + fixed(p99())
          + ",\"p999\":"
          + fixed(p999())
          + ",\"max\":"
          + fixed(max())
          + ",\"mean\":"
          + fixed(mean())
          + "}";
    }
  }

  private static String fixed(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String jsonString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** One scheduled request: its number, intended start time and the request itself. */
  private record Slot(long number, long intended, HttpRequest request) {}

  /** Hands out the requests in order of their intended start times. */
  private static final class Schedule {
    private final LongFunction<HttpRequest> source;
    private final long start;
    private final double periodNanos;
    private final long end;
    private final long drainDeadline;

    // written under the lock; read by the coordinating thread after the workers have ended
    private long next;
    private boolean stopped;
    private long stoppedAt;
    private RuntimeException failure;

    Schedule(
        LongFunction<HttpRequest> source,
        long start,
        double periodNanos,
        long end,
        long drainDeadline) {
      this.source = source;
      this.start = start;
      this.periodNanos = periodNanos;
      this.end = end;
      this.drainDeadline = drainDeadline;
    }

    long intended(long number) {
      return start + Math.round(number * periodNanos);
    }

    /** The next request, or {@code null} when the schedule is over or given up. */
    synchronized Slot take() {
      if (stopped) {
        return null;
      }
      long intended = intended(next);
      if (intended - end >= 0) {
        stopped = true;
        return null;
      }
      long now = System.nanoTime();
      if (now - drainDeadline > 0) {
        stopped = true;
        stoppedAt = now;
        return null;
      }
      HttpRequest request;
      try {
        request = source.apply(next);
      } catch (RuntimeException e) {
        failure = e;
        stopped = true;
        return null;
      }
      return new Slot(next++, intended, request);
    }

    synchronized void stop() {
      stopped = true;
    }
  }

  /** Sends one request at a time on its own client and keeps its own histograms. */
  private static final class Worker implements Runnable {
    private final Schedule schedule;
    private final HttpClient client;
    private final long measureStart;
    private final String serverTimingMetric;

    final Histogram latency = newHistogram();
    final Histogram service = newHistogram();
    final Histogram serverTiming = newHistogram();
    final Map<String, Long> errors = new TreeMap<>();
    long count;
    long ok;
    long bytes;
    long lastCompletion;

    Worker(Schedule schedule, HttpClient client, long measureStart, String serverTimingMetric) {
      this.schedule = schedule;
      this.client = client;
      this.measureStart = measureStart;
      this.serverTimingMetric = serverTimingMetric;
    }

    @Override
    public void run() {
      for (Slot slot = schedule.take(); slot != null; slot = schedule.take()) {
        if (!parkUntil(slot.intended())) {
          return;
        }
        boolean measured = slot.intended() - measureStart >= 0;
        long sent = System.nanoTime();
        try {
          HttpResponse<Long> response = client.send(slot.request(), COUNT_BODY);
          long done = System.nanoTime();
          if (measured) {
            recordResponse(slot.intended(), sent, done, response);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (IOException | RuntimeException e) {
          long done = System.nanoTime();
          if (measured) {
            count++;
            lastCompletion = done;
            errors.merge(errorName(e), 1L, Long::sum);
          }
        }
      }
    }

    private void recordResponse(long intended, long sent, long done, HttpResponse<Long> response) {
      count++;
      lastCompletion = done;
      record(latency, done - intended);
      record(service, done - sent);
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        ok++;
      } else {
        errors.merge("HTTP " + status, 1L, Long::sum);
      }
      Long body = response.body();
      bytes += body == null ? 0 : body;
      List<String> timings = response.headers().allValues("Server-Timing");
      if (!timings.isEmpty()) {
        double millis = ServerTiming.durationMillis(timings, serverTimingMetric);
        if (!Double.isNaN(millis)) {
          record(serverTiming, Math.round(millis * 1e6));
        }
      }
    }
  }

  /** The exception's class name, with the message for a bare {@link IOException}. */
  static String errorName(Throwable e) {
    String name = e.getClass().getSimpleName();
    if (e.getClass() == IOException.class && e.getMessage() != null) {
      String message = e.getMessage();
      return name + ": " + (message.length() > 60 ? message.substring(0, 60) + "..." : message);
    }
    return name;
  }

  /** Counts the bytes of a response body and drops them. */
  private static final class ByteCounter implements Flow.Subscriber<List<ByteBuffer>> {
    private volatile long bytes;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      long n = bytes;
      for (ByteBuffer buffer : buffers) {
        n += buffer.remaining();
      }
      bytes = n;
    }

    @Override
    public void onError(Throwable throwable) {}

    @Override
    public void onComplete() {}

    long bytes() {
      return bytes;
    }
  }
}
