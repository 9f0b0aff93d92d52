package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.app.contract.ServedDocument;

/**
 * Fuzzing (issue 10): every write operation of the served OpenAPI document that takes a body, sent
 * as the administrator a body that is never acceptable — bytes that are no UTF-8, text that is no
 * JSON, JSON cut short, a value of the wrong kind, nesting thousands deep, an object with a member
 * no form has (and around it numbers past any range, injection strings, odd Unicode, nested
 * values), more than the 1 MB a body may hold. Each is answered 4xx with a problem+json, never 5xx,
 * and nothing is written: the newest audit entry (every write records one in its transaction) stays
 * the one it was. The bodies come from a seeded generator (the seed is printed, {@code -Dfuzz.seed}
 * replays a run, {@code -Dfuzz.seed=random} draws one); {@code -Dfuzz.requests} sets how many
 * (2,500).
 */
class WriteFuzzingIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = Api.basic(Api.ADMIN);
  private static final HttpClient HTTP = Api.PLAIN_HTTP;

  private static final List<String> ODD =
      List.of(
          "' OR '1'='1",
          "\"; drop table kernel_audit; --",
          "<script>alert(1)</script>",
          "${jndi:ldap://fuzz.invalid/a}",
          "%s%s%s%n",
          "../../../../etc/passwd",
          "\u0000",
          "\u202e反转",
          "\ufeff",
          "𠀀𪚥",
          "👨‍👩‍👧‍👦",
          "ｆｕｌｌｗｉｄｔｈ",
          "e\u0301",
          "\\ud800",
          "330182198001011234",
          "13957101234",
          "",
          " ",
          "null",
          "9".repeat(400));

  /** A write operation: method, path with its parameters filled, body type, If-Match. */
  record Write(String method, String path, String contentType, boolean ifMatch) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static final List<Write> WRITES = new ArrayList<>();
  private static final AtomicInteger SENT = new AtomicInteger();
  private static String newestAudit;

  @BeforeAll
  static void theWriteOperationsAndTheNewestAuditEntry() throws Exception {
    JsonNode document = JSON.readTree(ServedDocument.fetch());
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          JsonNode op = operation.getValue();
                          if (!op.has("requestBody")) {
                            return;
                          }
                          String filled = path.getKey();
                          boolean ifMatch = false;
                          for (JsonNode parameter : ServedDocument.parameters(document, op)) {
                            String name = parameter.path("name").asText();
                            if ("path".equals(parameter.path("in").asText())) {
                              filled = filled.replace("{" + name + "}", value(parameter));
                            } else if ("If-Match".equals(name)) {
                              ifMatch = true;
                            }
                          }
                          String type = op.path("requestBody").path("content").fieldNames().next();
                          WRITES.add(
                              new Write(operation.getKey().toUpperCase(), filled, type, ifMatch));
                        }));
    assertThat(WRITES).hasSizeGreaterThan(40);
    newestAudit = newestAudit();
  }

  @AfterAll
  static void report() {
    System.out.printf(
        "write fuzzing: %d write operations, %d malformed requests sent (seed %d)%n",
        WRITES.size(), SENT.get(), SEED);
  }

  /**
   * A fixed seed by default, so that the build's answer depends on the code alone, not on the draw;
   * {@code -Dfuzz.seed=random} explores (a 500 it finds gets its seed printed to replay).
   */
  private static final long SEED = seed(System.getProperty("fuzz.seed", "20261129"));

  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2_500);

  @Test
  void everyMalformedBodyIsRefusedWithAProblemAndWritesNothing() throws Exception {
    Random random = new Random(SEED);
    for (int i = 0; i < REQUESTS; i++) {
      refused(WRITES.get(random.nextInt(WRITES.size())), malformed(random));
    }
  }

  private static long seed(String given) {
    return "random".equals(given) ? System.nanoTime() : Long.parseLong(given);
  }

  /** A path parameter of the declared kind; ids are random (the body is read before the id). */
  private static String value(JsonNode parameter) {
    JsonNode schema = parameter.path("schema");
    String name = parameter.path("name").asText();
    if ("uuid".equals(schema.path("format").asText())) {
      return UUID.randomUUID().toString();
    }
    if ("date".equals(schema.path("format").asText())) {
      return LocalDate.now(InspectionsIT.SHANGHAI).toString();
    }
    if ("integer".equals(schema.path("type").asText())) {
      return "1";
    }
    return switch (name) {
      case "grid" -> Api.YANGAN_GRID_1;
      case "role" -> "RECORDER";
      default -> "fuzz-nobody";
    };
  }

  /** One request: a 4xx problem, and no new audit entry. */
  private static void refused(Write write, byte[] body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.server() + write.path()))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", ADMIN)
            .header("Content-Type", write.contentType())
            .header("Accept", "application/json")
            .method(write.method(), HttpRequest.BodyPublishers.ofByteArray(body));
    if (write.ifMatch()) {
      request.header("If-Match", "\"0\"");
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    SENT.incrementAndGet();
    assertThat(response.statusCode())
        .as("%s with %d bytes (seed %d): %s", write, body.length, SEED, response.body())
        .isBetween(400, 499);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as("%s answered %d", write, response.statusCode())
        .startsWith("application/problem+json");
    assertThat(newestAudit()).as("the newest audit entry after %s", write).isEqualTo(newestAudit);
  }

  /** A body no operation takes. */
  static byte[] malformed(Random random) {
    return switch (random.nextInt(20)) {
      case 0, 1 -> {
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        bytes[0] = (byte) 0xff; // never UTF-8
        yield bytes;
      }
      case 2, 3 -> text(random).getBytes(StandardCharsets.UTF_8);
      case 4, 5, 6 -> {
        String json = object(random, 0);
        yield json.substring(0, 1 + random.nextInt(json.length() - 1))
            .getBytes(StandardCharsets.UTF_8);
      }
      case 7, 8 ->
          List.of("[]", "[{}]", "42", "-1e999", "\"text\"", "true", "null", "{}{}", "{\"a\":1}x")
              .get(random.nextInt(9))
              .getBytes(StandardCharsets.UTF_8);
      case 9 -> {
        int depth = 1_000 + random.nextInt(9_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        yield (open.repeat(depth) + "1" + close.repeat(depth)).getBytes(StandardCharsets.UTF_8);
      }
      case 10 -> {
        if (random.nextInt(10) == 0) {
          yield ("{\"name\":\"" + "长".repeat(400_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        yield object(random, 0).getBytes(StandardCharsets.UTF_8);
      }
      default -> object(random, 0).getBytes(StandardCharsets.UTF_8);
    };
  }

  /** A JSON object of random members, always with one that no form has. */
  private static String object(Random random, int depth) {
    Map<String, Object> members = new LinkedHashMap<>();
    int count = random.nextInt(8);
    for (int i = 0; i < count; i++) {
      members.put(
          List.of("name", "id", "region", "phone", "idNumber", "kind", "note", "items", "people")
              .get(random.nextInt(9)),
          value(random, depth));
    }
    members.put("__fuzz" + random.nextInt(1000), value(random, depth));
    try {
      return JSON.writeValueAsString(members);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object value(Random random, int depth) {
    return switch (depth > 3 ? random.nextInt(6) : random.nextInt(9)) {
      case 0 -> text(random);
      case 1 -> ODD.get(random.nextInt(ODD.size()));
      case 2 -> random.nextLong();
      case 3 -> new java.math.BigDecimal("1e" + (300 + random.nextInt(5000)));
      case 4 -> random.nextBoolean();
      case 5 -> null;
      case 6 -> java.util.Arrays.asList(value(random, depth + 1), value(random, depth + 1));
      case 7 -> java.util.Collections.singletonMap("nested", value(random, depth + 1));
      default -> ODD.get(random.nextInt(ODD.size())) + text(random);
    };
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(4);
      int codePoint =
          kind == 0
              ? random.nextInt(0x80)
              : kind == 1
                  ? 0x4e00 + random.nextInt(0x5000)
                  : kind == 2 ? 0x1f300 + random.nextInt(0x300) : random.nextInt(0x110000);
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
        codePoint = '?';
      }
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  /** The id of the newest audit entry (every write records one). */
  private static String newestAudit() throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(Api.server() + "/api/v1/audit?size=1"))
                .header("Authorization", ADMIN)
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body()).path("items").path(0).path("id").asText();
  }
}
