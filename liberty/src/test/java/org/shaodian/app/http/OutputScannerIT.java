package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.app.http.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shaodian.app.contract.ServedDocument;
import org.shaodian.kernel.api.personal.IdNumber;

/**
 * The output scanner (issue 10): every read operation of the OpenAPI document the server serves, as
 * callers of every kind — the administrator, a town's official and its checkpoint staff, a grid
 * worker — with the path's ids taken from the lists the same caller was given, in every format it
 * offers (JSON, GeoJSON, SVG, PDF read back as text, XLSX read cell by cell); then the server's
 * log. Nothing may hold an ID number (18 characters with a valid check digit) or a mobile phone
 * number unmasked. The demo data holds both in every module, and the other tests add their own.
 * Prints what it read; fails when fewer operations answered than it should reach.
 */
class OutputScannerIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** 18 characters that could be an ID number; kept when the check digit holds. */
  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])\\d{5}[0-9Xx]");

  /** A mainland mobile number on its own (not inside a longer run of digits). */
  private static final Pattern PHONE =
      Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final List<String> CALLERS =
      List.of(
          Api.ADMIN,
          Api.JIANDE_OFFICIAL,
          Api.SHOUCHANG_OFFICIAL,
          Api.SHOUCHANG_CHECKPOINT,
          Api.GENGLOU_SUPERVISOR,
          Api.XIANGSHAN_GRID,
          Api.YANGAN_GRID);

  /** The jurisdiction each caller's region-scoped reads are asked for. */
  private static final Map<String, String> REGION =
      Map.of(
          Api.ADMIN,
          Api.SHOUCHANG,
          Api.JIANDE_OFFICIAL,
          Api.JIANDE,
          Api.GENGLOU_SUPERVISOR,
          Api.GENGLOU,
          Api.YANGAN_GRID,
          Api.YANGAN_GRID_1,
          Api.SHOUCHANG_OFFICIAL,
          Api.SHOUCHANG,
          Api.SHOUCHANG_CHECKPOINT,
          Api.SHOUCHANG,
          Api.XIANGSHAN_GRID,
          "330111006001");

  /** Where an operation's path parameter is listed when not by the path above it. */
  private static final Map<String, String> LISTED_AT =
      Map.of(
          "person", "/api/v1/people",
          "post", "/api/v1/posts",
          "grid", "/api/v1/grids",
          "/api/v1/buildings/{id}", "/api/v1/grids/{grid}/buildings",
          "/api/v1/map/features/{id}", "/api/v1/map");

  /**
   * Reads the demo may give no id for: an import's id goes only to whoever uploaded the sheet, and
   * the demo has no roster job (RegisterImportIT and RosterJobsIT read theirs; after them, the
   * scanner reads the jobs too); an archived briefing is read by region and day, which no list
   * gives as one id (BriefingArchiveIT reads it: it holds what {@code /briefings/daily} makes, and
   * the scanner reads that).
   */
  private static final List<String> UNREACHED =
      List.of(
          "/api/v1/briefings/archive/{region}/{date}",
          "/api/v1/register-imports/{id}",
          "/api/v1/roster-jobs/{id}",
          "/api/v1/roster-jobs/{id}/proposal");

  private JsonNode document;
  private final List<String> findings = new ArrayList<>();

  /** Why a read answered no caller: the last reason seen. */
  private final Map<String, String> tried = new TreeMap<>();

  private final Map<String, Integer> scanned = new TreeMap<>();
  private long bytes;

  @Test
  void noOutputHoldsAnIdNumberOrAPhoneUnmasked() throws Exception {
    String idNumber = "33018219800101123" + IdNumber.checkDigit("33018219800101123");
    assertThat(unmasked("身份证 " + idNumber + ",手机 13957101234")).hasSize(2);
    assertThat(unmasked("330182********123X 139****1234 2a1b3c4d-1395-7101-2345-678901234567"))
        .isEmpty();

    document = JSON.readTree(ServedDocument.fetch());
    JsonNode paths = document.path("paths");
    List<String> reads = new ArrayList<>();
    paths
        .fieldNames()
        .forEachRemaining(
            p -> {
              if (paths.path(p).has("get")) {
                reads.add(p);
              }
            });
    aSupervisionFinding();
    Map<String, Integer> answered = new TreeMap<>();
    for (String caller : CALLERS) {
      Map<String, JsonNode> lists = new LinkedHashMap<>();
      // in passes: a path's ids come from lists read before it (a building's from its grid's)
      List<String> pending = new ArrayList<>(reads);
      for (boolean progress = true; progress; ) {
        progress = false;
        for (Iterator<String> next = pending.iterator(); next.hasNext(); ) {
          String template = next.next();
          String path = resolve(template, lists);
          if (path == null) {
            tried.put(template, "no id to read it by");
            continue;
          }
          next.remove();
          progress = true;
          JsonNode get = paths.path(template).path("get");
          for (String type : types(get)) {
            Response response =
                as(caller).basePath("").accept(type).queryParams(query(get, caller)).get(path);
            assertThat(response.statusCode()).as("%s %s as %s", type, path, caller).isLessThan(500);
            if (response.statusCode() != 200) {
              tried.put(template, "last answered " + response.statusCode());
              continue;
            }
            answered.merge(template, 1, Integer::sum);
            byte[] body = response.asByteArray();
            bytes += body.length;
            String text = text(type, body);
            scan(caller + " " + type + " " + path, text);
            if (type.contains("json") && (text.startsWith("{") || text.startsWith("["))) {
              lists.put(template, JSON.readTree(text));
            }
          }
        }
      }
    }
    for (Path log : logs()) {
      scan("log " + log.getFileName(), Files.readString(log, StandardCharsets.UTF_8));
    }
    System.out.printf(
        "output scanner: %d read operations, %d answered 200 to at least one caller, %d"
            + " responses, %,d bytes; by kind %s; findings %d; not answered: %s%n",
        reads.size(),
        answered.size(),
        scanned.values().stream().mapToInt(Integer::intValue).sum(),
        bytes,
        scanned,
        findings.size(),
        reads.stream()
            .filter(r -> !answered.containsKey(r))
            .map(r -> r + " (" + tried.get(r) + ")")
            .toList());
    assertThat(findings).as("unmasked personal data").isEmpty();
    // the scan is only as good as its reach: every read answered someone, but those the demo
    // gives no id for
    assertThat(reads.stream().filter(r -> !answered.containsKey(r)))
        .as("read operations no caller was answered")
        .isSubsetOf(UNREACHED);
    assertThat(scanned.getOrDefault("application/pdf", 0)).isPositive();
    assertThat(scanned.getOrDefault(XLSX, 0)).isPositive();
    assertThat(scanned.getOrDefault("log", 0)).isPositive();
  }

  /** A finding of Genglou's supervisor on one of the town's posts: the demo records none. */
  private static void aSupervisionFinding() {
    String post =
        as(Api.GENGLOU_SUPERVISOR)
            .queryParam("region", Api.GENGLOU)
            .get("/posts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("items[0].id");
    if (post == null) {
      post = RostersIT.genglouTestingPoint("更楼巡查点");
    }
    as(Api.GENGLOU_SUPERVISOR)
        .contentType("application/json")
        .body(
            "{\"post\":\""
                + post
                + "\",\"kind\":\"ABSENT_FROM_POST\",\"severity\":\"MINOR\","
                + "\"note\":\"午间岗亭无人约 10 分钟\"}")
        .post("/findings")
        .then()
        .statusCode(201);
  }

  /** The template with its path parameters filled from lists read before; null when it cannot. */
  private static String resolve(String template, Map<String, JsonNode> lists) {
    String path = template;
    Matcher parameter = Pattern.compile("\\{([^}]+)\\}").matcher(template);
    while (parameter.find()) {
      String name = parameter.group(1);
      String above = template.substring(0, parameter.start() - 1);
      String listedAt = LISTED_AT.getOrDefault(template, LISTED_AT.getOrDefault(name, above));
      JsonNode list = lists.get(listedAt);
      String value = list == null ? null : firstId(list);
      if (value == null) {
        return null;
      }
      path = path.replace("{" + name + "}", value);
    }
    return path;
  }

  /**
   * The first item's identifier in a list (a page's items, an array, a map's features: the first
   * with a UUID when there is one, so that a map's grid boundaries are passed over for its
   * features), or the identifier of a single object (a region is read as itself).
   */
  private static String firstId(JsonNode list) {
    JsonNode items =
        list.isArray()
            ? list
            : list.has("items")
                ? list.get("items")
                : list.has("features") ? list.get("features") : null;
    if (items == null) {
      return identifier(list);
    }
    String first = null;
    for (JsonNode item : items) {
      String id = identifier(item);
      if (id != null
          && id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
        return id;
      }
      first = first == null ? id : first;
    }
    return first;
  }

  private static String identifier(JsonNode item) {
    for (String field : List.of("id", "code", "principal")) {
      if (item.hasNonNull(field)) {
        return item.get(field).asText();
      }
      if (item.path("properties").hasNonNull(field)) {
        return item.path("properties").get(field).asText();
      }
    }
    return null;
  }

  /** The formats an operation answers in. */
  private static List<String> types(JsonNode get) {
    List<String> types = new ArrayList<>();
    get.path("responses").path("200").path("content").fieldNames().forEachRemaining(types::add);
    return types.isEmpty() ? List.of("application/json") : types;
  }

  /** Values for the query parameters an operation requires, and a region for the ones it takes. */
  private Map<String, Object> query(JsonNode get, String caller) {
    Map<String, Object> query = new LinkedHashMap<>();
    LocalDate today = LocalDate.now(InspectionsIT.SHANGHAI);
    for (JsonNode parameter : ServedDocument.parameters(document, get)) {
      String name = parameter.path("name").asText();
      if (!"query".equals(parameter.path("in").asText())) {
        continue;
      }
      switch (name) {
        case "region" -> query.put(name, REGION.get(caller));
        case "day", "date" -> query.put(name, today.toString());
        case "since", "from" -> query.put(name, today.minusDays(6).toString());
        case "to" -> query.put(name, today.toString());
        default -> {
          // optional ones keep their defaults
        }
      }
    }
    return query;
  }

  /** A body as text: a PDF's text, a workbook's cells, anything else as UTF-8. */
  private static String text(String type, byte[] body) throws IOException {
    if (type.equals("application/pdf")) {
      try (PDDocument pdf = Loader.loadPDF(body)) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    if (type.equals(XLSX)) {
      StringBuilder cells = new StringBuilder();
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
        for (Sheet sheet : book) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              cells.append(cell.toString()).append('\t');
            }
            cells.append('\n');
          }
        }
      }
      return cells.toString();
    }
    if (type.startsWith("image/png")) {
      return "";
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private void scan(String where, String text) {
    String kind = where.startsWith("log") ? "log" : where.split(" ")[1];
    scanned.merge(kind, 1, Integer::sum);
    for (String value : unmasked(text)) {
      // where it stands, its digits (and the text's) hidden, so that the report leaks nothing
      int at = text.indexOf(value);
      String around =
          text.substring(Math.max(0, at - 40), Math.min(text.length(), at + value.length() + 20))
              .replaceAll("\\d", "#");
      findings.add(where + ": " + value.substring(0, 3) + "… in …" + around + "…");
    }
  }

  /** ID numbers (valid check digit) and mobile numbers that stand unmasked in a text. */
  static List<String> unmasked(String text) {
    List<String> found = new ArrayList<>();
    Matcher id = ID_NUMBER.matcher(text);
    while (id.find()) {
      if (IdNumber.isValid(id.group())) {
        found.add(id.group());
      }
    }
    Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      found.add(phone.group());
    }
    return found;
  }

  /** The servers' own log files (JSON lines): messages and console. */
  private static List<Path> logs() {
    return ServerLogs.allFiles().stream()
        .filter(
            file -> {
              String name = file.getFileName().toString();
              return name.startsWith("messages") || name.startsWith("console");
            })
        .toList();
  }
}
