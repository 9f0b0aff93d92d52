package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the load generator against a JDK HTTP server on the loopback address. */
class LoadGeneratorTest {

  static {
    // The JDK server writes the headers and the body apart; without TCP_NODELAY, Nagle's
    // algorithm and the client's delayed ACK add about 40 ms to every response.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final String AUTHORIZATION =
      "Basic " + Base64.getEncoder().encodeToString("bench:secret".getBytes(UTF_8));

  private HttpServer server;
  private ExecutorService serverThreads;
  private final Map<String, AtomicInteger> requestsByUri = new ConcurrentHashMap<>();
  private final AtomicInteger unauthorized = new AtomicInteger();
  private final java.util.Queue<String> bodies = new java.util.concurrent.ConcurrentLinkedQueue<>();

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
      serverThreads.shutdownNow();
    }
  }

  @Test
  void keepsTheTargetRate() {
    URI base = startServer(2);

    LoadGenerator.Result result =
        new LoadGenerator(
                LoadGenerator.builder()
                    .baseUrl(base)
                    .request(RequestTemplate.get("/a"))
                    .request(RequestTemplate.get("/b?q=1"))
                    .basicAuth("bench", "secret")
                    .rate(200)
                    .connections(4)
                    .warmup(Duration.ofMillis(500))
                    .duration(Duration.ofSeconds(2))
                    .build())
            .run();
    System.out.print(result.report());
    System.out.println(result.toJson());

    assertEquals(200, result.achievedRate(), 20, "achieved rate");
    assertEquals(400, result.count(), 40, "measured requests, the warm-up left out");
    assertEquals(result.count(), result.ok());
    assertEquals(Map.of(), result.errors());
    assertTrue(result.keptUp());
    assertTrue(result.latency().p50() >= 2, "p50 latency covers the 2 ms of the handler");
    assertTrue(result.latency().p50() < 100, "p50 latency " + result.latency().p50());
    assertTrue(result.serviceTime().p50() <= result.latency().p50());
    assertTrue(result.latency().max() >= result.latency().p99());
    assertEquals(result.count(), result.serverTiming().count(), "Server-Timing on every response");
    assertTrue(result.serverTiming().p50() >= 2, "the handler's own timing");
    assertTrue(result.bytes() >= result.count() * "{\"ok\":true}".length());
    assertEquals(0, unauthorized.get(), "every request carried the credentials");
    int a = requestsByUri.get("/a").get();
    int b = requestsByUri.get("/b?q=1").get();
    assertTrue(Math.abs(a - b) <= 1, "round-robin: " + a + " and " + b);
  }

  @Test
  void latencyIncludesTheBacklogWhenTheServerCannotKeepUp() {
    URI base = startServer(50);

    // One connection to a server needing 50 ms a request can do 20 a second, not 100: request i
    // is meant to start at 10 ms * i but completes near 50 ms * (i + 1), so its latency grows to
    // seconds while each request's service time stays about 50 ms.
    LoadGenerator.Result result =
        new LoadGenerator(
                LoadGenerator.builder()
                    .baseUrl(base)
                    .request(RequestTemplate.get("/slow"))
                    .rate(100)
                    .connections(1)
                    .warmup(Duration.ZERO)
                    .duration(Duration.ofSeconds(1))
                    .build())
            .run();
    System.out.print(result.report());

    assertEquals(100, result.count(), "every scheduled request was sent, none omitted");
    assertEquals(0, result.unsent());
    assertTrue(result.serviceTime().p50() >= 50, "service " + result.serviceTime().p50());
    assertTrue(result.serviceTime().p50() < 250, "service " + result.serviceTime().p50());
    assertTrue(result.latency().p50() > 1000, "latency p50 " + result.latency().p50());
    assertTrue(result.latency().max() > 3000, "latency max " + result.latency().max());
    assertTrue(result.achievedRate() < 30, "achieved " + result.achievedRate());
    assertFalse(result.keptUp());
    assertTrue(result.report().contains("WARNING"));
  }

  @Test
  void countsTheRequestsLeftUnsentAtTheDrainLimit() {
    URI base = startServer(50);
    AtomicLong cursor = new AtomicLong();

    LoadGenerator.Result result =
        new LoadGenerator(
                LoadGenerator.builder()
                    .requestSupplier(
                        () ->
                            HttpRequest.newBuilder(
                                    base.resolve("/page?cursor=" + cursor.getAndIncrement()))
                                .build())
                    .basicAuth("bench", "secret")
                    .rate(100)
                    .connections(1)
                    .warmup(Duration.ZERO)
                    .duration(Duration.ofSeconds(1))
                    .maxDrain(Duration.ofMillis(500))
                    .build())
            .run();
    System.out.print(result.report());

    assertTrue(result.unsent() > 0, "unsent " + result.unsent());
    assertEquals(100, result.count() + result.unsent());
    assertEquals(100, result.latency().count(), "unsent requests count in the latency too");
    assertEquals(result.count(), result.serviceTime().count());
    assertEquals(result.unsent(), result.errors().get("unsent"));
    assertTrue(result.toJson().contains("\"unsent\":" + result.unsent()));
    assertEquals(0, unauthorized.get(), "the credentials were added to the supplied requests");
    assertEquals(result.count(), requestsByUri.size(), "each request had its own cursor");
  }

  /**
   * A template supplier varies the body request by request (the checkpoints benchmark sends an
   * inspection of its own each time): every supplied body reaches the server once, as JSON, with
   * the run's credentials.
   */
  @Test
  void aTemplateSupplierSendsABodyOfItsOwnEachRequest() {
    URI base = startServer(0);
    AtomicLong n = new AtomicLong();
    LoadGenerator.Result result =
        new LoadGenerator(
                LoadGenerator.builder()
                    .baseUrl(base.toString())
                    .basicAuth("bench", "secret")
                    .templateSupplier(
                        () ->
                            RequestTemplate.post(
                                "/inspections", "{\"id\":" + n.getAndIncrement() + "}"))
                    .rate(200)
                    .connections(4)
                    .warmup(Duration.ofMillis(200))
                    .duration(Duration.ofSeconds(1))
                    .build())
            .run();
    assertEquals(0, result.errors().size(), result.errors().toString());
    assertEquals(0, unauthorized.get());
    List<String> received = List.copyOf(bodies);
    assertEquals(n.get(), received.size(), "every supplied request was sent");
    assertEquals(received.size(), Set.copyOf(received).size(), "no body twice");
    for (long i = 0; i < n.get(); i++) {
      assertTrue(received.contains("POST application/json {\"id\":" + i + "}"), "body " + i);
    }
  }

  @Test
  void reportsFailedExchangesByStatusAndException() {
    URI base = startServer(0);

    LoadGenerator.Result result =
        new LoadGenerator(
                LoadGenerator.builder()
                    .baseUrl(base)
                    .request(RequestTemplate.get("/missing"))
                    .request(RequestTemplate.get("/close"))
                    .request(RequestTemplate.post("/a", "{\"n\":1}"))
                    .rate(100)
                    .connections(2)
                    .warmup(Duration.ZERO)
                    .duration(Duration.ofMillis(600))
                    .build())
            .run();
    System.out.print(result.report());

    assertEquals(60, result.count(), 3);
    assertEquals(result.count() / 3.0, result.errors().get("HTTP 404"), 1);
    assertEquals(result.count() / 3.0, result.ok(), 1);
    long exceptions =
        result.errors().entrySet().stream()
            .filter(e -> !e.getKey().startsWith("HTTP "))
            .mapToLong(Map.Entry::getValue)
            .sum();
    assertEquals(result.count() / 3.0, exceptions, 1, "connections closed without a response");
  }

  @Test
  void readsTheNamedServerTimingMetric() {
    assertEquals(
        12.31,
        ServerTiming.durationMillis(List.of("db;dur=2.5, app;dur=12.31;desc=\"total\""), "app"));
    assertEquals(2.5, ServerTiming.durationMillis(List.of("cache", "DB;dur=\"2.5\""), "db"));
    assertTrue(Double.isNaN(ServerTiming.durationMillis(List.of("app;desc=x"), "app")));
    assertTrue(Double.isNaN(ServerTiming.durationMillis(List.of("db;dur=1"), "app")));
  }

  @Test
  void parsesTheCommandLine() {
    CommandLine command =
        CommandLine.parse(
            "--url=http://localhost:9080/",
            "-H",
            "Accept: application/json",
            "--request",
            "GET /api/v1/regions/330182107000",
            "-r",
            "POST /api/v1/things?x=寿昌",
            "--body",
            "{\"a\":1}",
            "--header",
            "Accept: text/plain",
            "--rate",
            "250",
            "-c",
            "8",
            "--warmup",
            "1.5",
            "-d",
            "10",
            "-u",
            "shouchang-official:shao:dian",
            "--format",
            "both");

    LoadGenerator.Config config = command.config();
    assertEquals(CommandLine.Format.BOTH, command.format());
    assertEquals(250, config.rate());
    assertEquals(8, config.connections());
    assertEquals(Duration.ofMillis(1500), config.warmup());
    assertEquals(Duration.ofSeconds(10), config.duration());
    assertEquals(Duration.ofSeconds(10), config.maxDrain());
    assertEquals("shouchang-official", config.username());
    assertEquals("shao:dian", config.password());
    assertFalse(config.toString().contains("shao:dian"), "the password is masked");
    RequestTemplate get = config.templates().get(0);
    RequestTemplate post = config.templates().get(1);
    assertEquals("application/json", get.headers().get("accept"));
    assertEquals("text/plain", post.headers().get("Accept"), "its own header wins");
    assertEquals("{\"a\":1}", post.body());
    HttpRequest request = post.toHttpRequest(config.baseUrl(), config.timeout(), "Basic x");
    assertEquals(
        "http://localhost:9080/api/v1/things?x=%E5%AF%BF%E6%98%8C", request.uri().toString());
    assertEquals("POST", request.method());
    assertEquals(
        Set.of("application/json"), Set.copyOf(request.headers().allValues("Content-Type")));
    assertEquals("Basic x", request.headers().firstValue("Authorization").orElseThrow());
    assertTrue(CommandLine.parse("--help").help());
  }

  /**
   * Starts a server whose handler sleeps {@code sleepMillis} and answers {@code {"ok":true}} with a
   * {@code Server-Timing} header; {@code /missing} answers 404 and {@code /close} drops the
   * connection without an answer.
   */
  private URI startServer(long sleepMillis) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    serverThreads = Executors.newFixedThreadPool(8);
    server.setExecutor(serverThreads);
    server.createContext(
        "/",
        exchange -> {
          long start = System.nanoTime();
          String uri = exchange.getRequestURI().toString();
          requestsByUri.computeIfAbsent(uri, u -> new AtomicInteger()).incrementAndGet();
          if (!AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            unauthorized.incrementAndGet();
          }
          String sent = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
          if (!sent.isEmpty()) {
            bodies.add(
                exchange.getRequestMethod()
                    + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type")
                    + " "
                    + sent);
          }
          if (uri.equals("/close")) {
            exchange.close();
            return;
          }
          if (sleepMillis > 0) {
            try {
              Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          byte[] body = "{\"ok\":true}".getBytes(UTF_8);
          exchange
              .getResponseHeaders()
              .add(
                  "Server-Timing",
                  String.format(
                      Locale.ROOT, "db;dur=0.1, app;dur=%.3f", (System.nanoTime() - start) / 1e6));
          exchange.sendResponseHeaders(uri.equals("/missing") ? 404 : 200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }
}
