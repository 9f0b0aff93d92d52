package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shaodian.app.contract.ServedDocument;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.personal.IdNumber;

/**
 * The access matrix (issue 10): every operation of the OpenAPI document the server serves, as every
 * role, from inside and from outside the caller's jurisdiction, answered as {@code
 * docs/access-matrix.md} says — allowed (✓: anything but 401, 403 and 404), 403 or 404. An
 * operation the table does not list, or a row for one the server no longer serves, fails the test.
 *
 * <p>The callers are tokens (the suite's test key) with one role each, whose jurisdiction is Jiande
 * city (inside) or Yinhu sub-district of another district (outside). What they address lies inside
 * Jiande: the test first sets up a grid of its own under Yuhe village and one record of every kind
 * in it, so that the writes it makes touch nothing the other tests read. Every write sends a body
 * its form accepts ({@code access-matrix/bodies.json}): the answer is then about access and not the
 * body, which is validated before the record is looked up. Writes that take {@code If-Match} are
 * sent a stale one, so an allowed caller hears 412 and changes nothing; a removal without one is
 * preceded by the write that puts its target back. {@code -Daccess.matrix.print=true} prints the
 * table as answered, to compare with the one in the repo.
 */
class AccessMatrixIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path TABLE = Path.of("..", "docs", "access-matrix.md");
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The matrix's own grid, under Yuhe village of Genglou, which no other test uses. */
  private static final String GRID = "330182003202901";

  private static final String YUHE = "330182003202";
  private static final String OUTSIDE = Api.YINHU;

  /** The columns of the table, in order. */
  private static final List<Role> ROLES = List.of(Role.values());

  /**
   * The records set up before the matrix runs, each by the operation that creates it, in an order
   * where what a record needs exists before it.
   */
  private static final List<String> SET_UP =
      List.of(
          "drawGridBoundary",
          "registerPerson",
          "formTeam",
          "openPost",
          "setUpCheckpoint",
          "setUpKeyPlace",
          "addBuilding",
          "addDwelling",
          "registerResident",
          "registerReturnee",
          "openHomeCase",
          "receiveCitizenRequest",
          "placeMapFeature",
          "recordFinding",
          "recordInspection",
          "recordPatrol",
          "recordAbsence",
          "writeHandover",
          "importRegister",
          "startRosterJob",
          "issueScreeningPolicy",
          "appointGridStaff",
          "setTeamMember",
          "assignSeat",
          "openEpisode");

  /** A path parameter's record, by the parameter's name or the collection before an {id}. */
  private static final Map<String, String> RECORD_OF =
      Map.of(
          "person", "people",
          "post", "posts",
          "handover", "handovers",
          "absence", "absences",
          "patrol", "patrols",
          "imports", "register-imports");

  private final Map<String, String> records = new TreeMap<>();
  private final Map<String, Operation> byId = new LinkedHashMap<>();
  private final Random random = new Random(20261129);
  private final AtomicInteger sent = new AtomicInteger();
  private JsonNode bodies;
  private JsonNode document;

  record Operation(
      String method, String path, String id, JsonNode spec, String contentType, boolean ifMatch) {
    String key() {
      return method + " " + path;
    }
  }

  /** What a caller heard: ✓ (access granted), 403 or 404. */
  enum Heard {
    ALLOWED("✓"),
    FORBIDDEN("403"),
    NOT_FOUND("404");

    final String mark;

    Heard(String mark) {
      this.mark = mark;
    }

    static Heard of(String mark) {
      for (Heard heard : values()) {
        if (heard.mark.equals(mark)) {
          return heard;
        }
      }
      throw new IllegalArgumentException("not a mark of the access matrix: " + mark);
    }
  }

  /** A row's cell: what the role hears inside and outside its jurisdiction. */
  record Cell(Heard inside, Heard outside) {
    static Cell parse(String text) {
      String[] marks = text.trim().split("\\s+");
      Heard inside = Heard.of(marks[0]);
      return new Cell(inside, marks.length > 1 ? Heard.of(marks[1]) : inside);
    }

    @Override
    public String toString() {
      return inside == outside ? inside.mark : inside.mark + " " + outside.mark;
    }
  }

  @Test
  void everyOperationAnswersEveryRoleInsideAndOutsideItsJurisdictionAsTheTableSays()
      throws Exception {
    document = JSON.readTree(ServedDocument.fetch());
    try (InputStream in = getClass().getResourceAsStream("/access-matrix/bodies.json")) {
      bodies = JSON.readTree(in);
    }
    List<Operation> operations = operations(document);
    Map<String, List<Cell>> table = table();

    assertThat(table.keySet())
        .as("the rows of %s against the served operations", TABLE)
        .containsExactlyInAnyOrderElementsOf(operations.stream().map(Operation::key).toList());

    setUp();

    Map<String, List<Cell>> answered = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    try {
      for (Operation operation : operations) {
        List<Cell> row = ask(operation);
        answered.put(operation.key(), row);
        if (!row.equals(table.get(operation.key()))) {
          wrong.add(
              operation.key()
                  + ": the table says "
                  + table.get(operation.key())
                  + ", heard "
                  + row);
        }
      }
    } finally {
      settle();
    }
    if (Boolean.getBoolean("access.matrix.print") || !wrong.isEmpty()) {
      answered.forEach(
          (key, row) ->
              System.out.println(
                  "| `"
                      + key
                      + "` | "
                      + String.join(" | ", row.stream().map(Cell::toString).toList())
                      + " |"));
    }
    System.out.printf(
        "access matrix: %d operations × %d roles × 2 scopes = %d cells, %d requests%n",
        operations.size(), ROLES.size(), operations.size() * ROLES.size() * 2, sent.get());
    assertThat(wrong).as("operations answered otherwise than the table says").isEmpty();
  }

  /**
   * The operation's row as heard: every role from outside first (nothing changes there), then from
   * inside, each after its target was put back when a removal may have taken it.
   */
  private List<Cell> ask(Operation operation) throws Exception {
    Heard[] outside = new Heard[ROLES.size()];
    for (int r = 0; r < ROLES.size(); r++) {
      outside[r] = heard(operation, ROLES.get(r), OUTSIDE);
    }
    List<Cell> row = new ArrayList<>();
    for (int r = 0; r < ROLES.size(); r++) {
      restore(operation);
      row.add(new Cell(heard(operation, ROLES.get(r), Api.JIANDE), outside[r]));
    }
    return row;
  }

  /**
   * Waits for the background work the matrix started (its roster job, its sheet import) to end, so
   * that none of it finishes — and writes its audit entry — during a test that comes after.
   */
  private void settle() throws Exception {
    Map<String, List<String>> running =
        Map.of(
            "roster-jobs", List.of("QUEUED", "SOLVING"),
            "register-imports", List.of("QUEUED", "READING", "WRITING"));
    for (var work : running.entrySet()) {
      String id = records.get(work.getKey());
      if (id == null) {
        continue;
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      String state;
      do {
        Thread.sleep(100);
        HttpResponse<String> response =
            send(
                "GET",
                "/api/v1/" + work.getKey() + "/" + id,
                null,
                null,
                Api.basic(Api.ADMIN),
                false);
        state = JSON.readTree(response.body()).path("state").asText();
      } while (work.getValue().contains(state) && System.nanoTime() < deadline);
      assertThat(state)
          .as("the state of the matrix's %s %s", work.getKey(), id)
          .isNotIn(work.getValue());
    }
  }

  /** The served operations, in the document's order. */
  private List<Operation> operations(JsonNode document) {
    List<Operation> operations = new ArrayList<>();
    JsonNode paths = document.path("paths");
    paths
        .fieldNames()
        .forEachRemaining(
            path ->
                paths
                    .path(path)
                    .fields()
                    .forEachRemaining(
                        entry -> {
                          JsonNode spec = entry.getValue();
                          if (!spec.has("operationId")) {
                            return;
                          }
                          Operation operation =
                              new Operation(
                                  entry.getKey().toUpperCase(),
                                  path,
                                  spec.get("operationId").asText(),
                                  spec,
                                  contentType(spec),
                                  declares(spec, "If-Match"));
                          operations.add(operation);
                          byId.put(operation.id(), operation);
                        }));
    return operations;
  }

  /** The table in docs/access-matrix.md: its rows by "METHOD /path", a cell per role. */
  private static Map<String, List<Cell>> table() throws IOException {
    Map<String, List<Cell>> rows = new LinkedHashMap<>();
    List<String> columns = null;
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (!line.startsWith("|")) {
        continue;
      }
      List<String> cells =
          List.of(line.substring(1, line.lastIndexOf('|')).split("\\|")).stream()
              .map(String::trim)
              .toList();
      if (columns == null) {
        columns = cells.subList(1, cells.size());
        assertThat(columns)
            .as("the table's columns")
            .containsExactlyElementsOf(ROLES.stream().map(Role::id).toList());
        continue;
      }
      if (cells.get(0).startsWith("-")) {
        continue;
      }
      String key = cells.get(0).replace("`", "");
      assertThat(rows).as("rows of %s", TABLE).doesNotContainKey(key);
      assertThat(cells).as("the cells of %s", key).hasSize(ROLES.size() + 1);
      rows.put(key, cells.subList(1, cells.size()).stream().map(Cell::parse).toList());
    }
    return rows;
  }

  /** One record of every kind in the matrix's grid (and the grid itself). */
  private void setUp() throws Exception {
    awaitTheHourIfItEndsSoon();
    HttpResponse<String> grid =
        send(
            "POST",
            "/api/v1/admin/regions",
            "application/json",
            ("{\"code\":\"" + GRID + "\",\"name\":\"于合村访问矩阵网格\",\"parentCode\":\"" + YUHE + "\"}")
                .getBytes(StandardCharsets.UTF_8),
            Api.basic(Api.ADMIN),
            false);
    assertThat(grid.statusCode()).as("the matrix's grid: %s", grid.body()).isIn(201, 409);
    // yesterday's briefings archived (once per database), for the archive's reads: Genglou's
    HttpResponse<String> briefings =
        send(
            "POST",
            "/api/v1/briefings/archive/runs",
            "application/json",
            ("{\"date\":\"" + today().minusDays(1) + "\"}").getBytes(StandardCharsets.UTF_8),
            Api.basic(Api.ADMIN),
            false);
    assertThat(briefings.statusCode())
        .as("yesterday's briefings: %s", briefings.body())
        .isEqualTo(200);
    for (String id : SET_UP) {
      Operation operation = byId.get(id);
      HttpResponse<String> created = create(operation);
      switch (id) {
        case "registerPerson" -> {
          // two more: the checkpoint's recorder, and one for the seat the matrix assigns, each on
          // duty at the same hour as the first, the post's point leader
          for (String other : List.of("recorder", "seated")) {
            records.put(
                other,
                createdId(
                    asFirstAllowed(
                        operation.method(),
                        operation.path(),
                        operation.contentType(),
                        body(operation))));
          }
        }
        case "openPost" ->
            // a handover is written by the shift's point leader, within the hour before it ends
            asFirstAllowed(
                "PUT",
                "/api/v1/posts/" + records.get("posts") + "/seats/" + today() + "/1/POINT_LEADER/1",
                "application/json",
                personRef("people"));
        case "setUpCheckpoint" -> {
          // an inspection's recorder is signed in on the checkpoint's post at the time
          String seat =
              "/api/v1/posts/"
                  + JSON.readTree(created.body()).get("post").asText()
                  + "/seats/"
                  + today()
                  + "/"
                  + (OffsetDateTime.now(InspectionsIT.SHANGHAI).getHour() / 8 + 1)
                  + "/RECORDER/1";
          asFirstAllowed("PUT", seat, "application/json", personRef("recorder"));
          asFirstAllowed("POST", seat + "/sign-in", "application/json", personRef("recorder"));
        }
        default -> {
          // the record is all it takes
        }
      }
    }
  }

  private byte[] personRef(String record) {
    return ("{\"person\":\"" + records.get(record) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The matrix's post has one shift, this hour, and its seats are addressed in it: a run that began
   * in the last two minutes of an hour would see the shift end halfway (a seat no longer
   * assignable), so it waits for the next hour. A run takes about 20 seconds.
   */
  private static void awaitTheHourIfItEndsSoon() throws InterruptedException {
    OffsetDateTime now = OffsetDateTime.now(InspectionsIT.SHANGHAI);
    OffsetDateTime nextHour = now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
    Duration left = Duration.between(now, nextHour);
    if (left.compareTo(Duration.ofMinutes(2)) < 0) {
      Thread.sleep(left.plusSeconds(1).toMillis());
    }
  }

  /**
   * Makes a record by the operation that creates it, as the first caller allowed to (the
   * administrator, or a role with Jiande as its jurisdiction), and keeps its id.
   */
  private HttpResponse<String> create(Operation operation) throws Exception {
    HttpResponse<String> created =
        asFirstAllowed(
            operation.method(), fill(operation.path()), operation.contentType(), body(operation));
    String id = createdId(created);
    if (id != null) {
      records.put(recordName(operation.path()), id);
    }
    return created;
  }

  /**
   * A request as the first caller allowed to make it: the administrator, or a role with Jiande as
   * its jurisdiction.
   */
  private HttpResponse<String> asFirstAllowed(
      String method, String path, String contentType, byte[] body) throws Exception {
    List<String> callers = new ArrayList<>();
    callers.add(Api.basic(Api.ADMIN));
    ROLES.forEach(role -> callers.add(token(role, Api.JIANDE)));
    List<String> heard = new ArrayList<>();
    for (String caller : callers) {
      HttpResponse<String> response = send(method, path, contentType, body, caller, false);
      if (response.statusCode() / 100 == 2) {
        return response;
      }
      heard.add(response.statusCode() + " " + response.body());
    }
    throw new AssertionError("could not set up " + method + " " + path + ": " + heard);
  }

  /** The created record's id: from the body's id, or the last segment of its Location. */
  private static String createdId(HttpResponse<String> response) throws IOException {
    if (response.body().startsWith("{")) {
      JsonNode body = JSON.readTree(response.body());
      if (body.hasNonNull("id")) {
        return body.get("id").asText();
      }
    }
    return response
        .headers()
        .firstValue("Location")
        .map(location -> location.substring(location.lastIndexOf('/') + 1))
        .orElse(null);
  }

  /** The record a collection path makes: its last literal segment. */
  private static String recordName(String path) {
    String[] segments = path.split("/");
    String last = segments[segments.length - 1];
    return RECORD_OF.getOrDefault(last, last);
  }

  /**
   * Before a removal that takes no {@code If-Match}, the write that puts its target back (the PUT
   * on the same path, the POST to the collection, or the POST on the same path: the console's
   * sign-in, before its sign-out), so that every allowed caller finds it.
   */
  private void restore(Operation operation) throws Exception {
    if (!"DELETE".equals(operation.method()) || operation.ifMatch()) {
      return;
    }
    Operation put = find("PUT", operation.path());
    Operation post = find("POST", operation.path().substring(0, operation.path().lastIndexOf('/')));
    Operation restoring = put != null ? put : post != null ? post : find("POST", operation.path());
    assertThat(restoring).as("what puts back the target of %s", operation.key()).isNotNull();
    try {
      create(restoring);
    } catch (AssertionError stillThere) {
      // refused as already there (the last caller was not allowed to remove it): nothing to do
    }
  }

  private Operation find(String method, String path) {
    return byId.values().stream()
        .filter(o -> o.method().equals(method) && o.path().equals(path))
        .findFirst()
        .orElse(null);
  }

  /** What the role heard when it called the operation with the given jurisdiction. */
  private Heard heard(Operation operation, Role role, String jurisdiction) throws Exception {
    HttpResponse<String> response =
        send(
            operation.method(),
            fill(operation.path()) + query(operation),
            operation.contentType(),
            body(operation),
            token(role, jurisdiction),
            operation.ifMatch());
    int status = batchItemStatus(response).orElse(response.statusCode());
    assertThat(status)
        .as("%s as %s from %s: %s", operation.key(), role.id(), jurisdiction, response.body())
        .isLessThan(500)
        .isNotEqualTo(401);
    return switch (status) {
      case 403 -> Heard.FORBIDDEN;
      case 404 -> Heard.NOT_FOUND;
      default -> Heard.ALLOWED;
    };
  }

  /**
   * A batch answers 200 and each item on its own (stored, duplicate, rejected with its problem):
   * the matrix sends one item, whose problem is the answer.
   */
  private static Optional<Integer> batchItemStatus(HttpResponse<String> response)
      throws IOException {
    if (response.statusCode() != 200 || !response.body().startsWith("{")) {
      return Optional.empty();
    }
    JsonNode body = JSON.readTree(response.body());
    if (!body.has("batch") || !body.path("items").isArray()) {
      return Optional.empty();
    }
    JsonNode problem = body.path("items").path(0).path("problem");
    return problem.has("status") ? Optional.of(problem.get("status").asInt()) : Optional.empty();
  }

  private HttpResponse<String> send(
      String method, String path, String contentType, byte[] body, String caller, boolean ifMatch)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.server() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", caller)
            .header("Accept", "*/*");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    if (ifMatch) {
      request.header("If-Match", "\"999999\"");
    }
    sent.incrementAndGet();
    return Api.PLAIN_HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String token(Role role, String jurisdiction) {
    return "Bearer "
        + Api.token("matrix-" + role.id(), List.of(role.id()), jurisdiction, Api.ISSUER);
  }

  /** The path with its parameters filled: the matrix's grid, its records, today's first seat. */
  private String fill(String template) {
    StringBuilder path = new StringBuilder();
    Matcher parameter = Pattern.compile("\\{([^}]+)\\}").matcher(template);
    while (parameter.find()) {
      String name = parameter.group(1);
      String[] before = template.substring(0, parameter.start() - 1).split("/");
      boolean archive = template.startsWith("/api/v1/briefings/archive/");
      String value =
          switch (name) {
            // an archived briefing: the matrix's town's, of yesterday (set up above)
            case "region" -> archive ? Api.GENGLOU : records.get(name);
            case "date" -> archive ? today().minusDays(1).toString() : today().toString();
            case "grid", "code" -> GRID;
            case "principal" -> Api.SHOUCHANG_COMMAND;
            case "no", "shift", "seat" -> "1";
            case "role" -> "RECORDER";
            case "id" ->
                records.get(
                    RECORD_OF.getOrDefault(before[before.length - 1], before[before.length - 1]));
            default -> records.get(RECORD_OF.getOrDefault(name, name));
          };
      assertThat(value)
          .as("a value for {%s} of %s (records: %s)", name, template, records)
          .isNotNull();
      parameter.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    parameter.appendTail(path);
    return path.toString();
  }

  /** The query parameters an operation requires, and the matrix's grid for a region. */
  private String query(Operation operation) {
    List<String> query = new ArrayList<>();
    LocalDate today = today();
    for (JsonNode parameter : ServedDocument.parameters(document, operation.spec())) {
      if (!"query".equals(parameter.path("in").asText())) {
        continue;
      }
      String name = parameter.path("name").asText();
      switch (name) {
        case "region" -> query.add("region=" + GRID);
        case "day", "date", "to" -> query.add(name + "=" + today);
        case "since", "from" -> query.add(name + "=" + today.minusDays(6));
        default -> {
          if (parameter.path("required").asBoolean()) {
            throw new AssertionError(
                "no value for the required " + name + " of " + operation.key());
          }
        }
      }
    }
    return query.isEmpty() ? "" : "?" + String.join("&", query);
  }

  /** The body the operation's form accepts, its placeholders filled; null when it takes none. */
  private byte[] body(Operation operation) throws IOException {
    if (!operation.spec().has("requestBody")) {
      return null;
    }
    if (operation.contentType().equals(XLSX)) {
      return RegisterImportIT.sheet(); // its headings, no rows: queued, reads nothing
    }
    if (operation.contentType().startsWith("text/csv")) {
      return "code,name,nameEn,level,parentCode\n".getBytes(StandardCharsets.UTF_8);
    }
    JsonNode template = bodies.get(operation.id());
    assertThat(template)
        .as("a body for %s in access-matrix/bodies.json", operation.id())
        .isNotNull();
    Matcher placeholder =
        Pattern.compile("\\$\\{([a-zA-Z]+)\\}|\"#\\{([a-zA-Z]+)\\}\"").matcher(template.toString());
    StringBuilder body = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1) != null ? placeholder.group(1) : placeholder.group(2);
      placeholder.appendReplacement(body, Matcher.quoteReplacement(value(name)));
    }
    placeholder.appendTail(body);
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String value(String name) {
    // to the millisecond: an inspection's steps are timed after its recorder signed in, and a time
    // cut to the second may fall before the sign-in
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.MILLIS);
    return switch (name) {
      case "grid" -> GRID;
      case "village" -> YUHE;
      case "town" -> Api.GENGLOU;
      case "today" -> today().toString();
      case "tomorrow" -> today().plusDays(1).toString();
      case "now" -> now.toString();
      case "later" -> now.plusDays(1).toString();
      case "laterStill" -> now.plusDays(2).toString();
      case "hour" -> String.valueOf(now.getHour());
      case "uuid" -> UUID.randomUUID().toString();
      case "idNumber" -> idNumber();
      case "room" -> String.valueOf(101 + random.nextInt(800));
      case "building" -> "矩阵" + (1 + random.nextInt(9999)) + "幢";
      default -> {
        String record = records.get(RECORD_OF.getOrDefault(name, name + "s"));
        if (record == null) {
          record = records.get(name);
        }
        assertThat(record).as("the record ${%s} (records: %s)", name, records).isNotNull();
        yield record;
      }
    };
  }

  /** A new ID number of Jiande, with its check digit. */
  private String idNumber() {
    String first =
        "330182"
            + LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)).toString().replace("-", "")
            + String.format("%03d", random.nextInt(1000));
    return first + IdNumber.checkDigit(first);
  }

  private static LocalDate today() {
    return LocalDate.now(InspectionsIT.SHANGHAI);
  }

  /** The first media type of the operation's request body (JSON when it offers JSON). */
  private static String contentType(JsonNode spec) {
    JsonNode content = spec.path("requestBody").path("content");
    if (content.has("application/json")) {
      return "application/json";
    }
    var names = content.fieldNames();
    return names.hasNext() ? names.next() : "application/json";
  }

  private boolean declares(JsonNode spec, String header) {
    return ServedDocument.parameters(document, spec).stream()
        .anyMatch(
            parameter ->
                "header".equals(parameter.path("in").asText())
                    && header.equals(parameter.path("name").asText()));
  }
}
