package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * 每日简报 through the real server: the demo town's briefing as a PDF in Chinese with its fonts
 * embedded, its figures equal to what each module's api says for the same day (read back from the
 * workbook), jurisdiction, refusals and the audit trail.
 */
class DailyBriefingIT {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Yesterday: a whole day, which the rest of the suite does not write into. */
  private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

  @Test
  void theDemoTownsBriefingIsAChinesePdfWithEmbeddedFonts() throws IOException {
    var response =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/briefings/daily?region=" + Api.SHOUCHANG + "&date=" + YESTERDAY)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header(
                "Content-Disposition",
                containsString("filename=\"briefing-" + Api.SHOUCHANG + "-" + YESTERDAY + ".pdf\""))
            .extract();
    String disposition = response.header("Content-Disposition");
    String utf8 = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
    assertThat(URLDecoder.decode(utf8, StandardCharsets.UTF_8))
        .isEqualTo("寿昌镇每日简报-" + YESTERDAY + ".pdf");
    // where the time went, for developer tools and the benchmark
    assertThat(response.header("Server-Timing"))
        .matches(
            "app;dur=[0-9.]+, figures;dur=[0-9.]+, map;dur=[0-9.]+, render;dur=[0-9.]+,"
                + " audit;dur=[0-9.]+");
    // kept for a look (docs/briefing holds its pages as images)
    Files.write(Path.of("target", "daily-briefing-shouchang.pdf"), response.asByteArray());
    try (PDDocument document = Loader.loadPDF(response.asByteArray())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("寿昌镇疫情防控每日简报")
          .contains("数据截至 " + YESTERDAY + " 24:00")
          .contains("一、卡口查验", "杭千高速寿昌出口", "二、值守排班", "三、网格管理", "六、四色网格图")
          .contains("各村/社区情况");
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.getName()).contains("NotoSansSC");
          assertThat(font.isEmbedded()).isTrue();
        }
      }
    }
  }

  @Test
  void theCheckpointAndRosterFiguresEqualTheModulesApis() throws IOException {
    Map<String, Sheet> sheets = workbook(Api.SHOUCHANG_OFFICIAL, Api.SHOUCHANG, YESTERDAY);

    JsonPath tallies =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/checkpoint-tallies?region=" + Api.SHOUCHANG + "&day=" + YESTERDAY)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long vehicles = 0;
    long people = 0;
    Map<String, Long> byCheckpoint = new HashMap<>();
    for (Map<String, Object> count : tallies.<Map<String, Object>>getList("ofDay")) {
      long n = ((Number) count.get("inspections")).longValue();
      if ("VEHICLE".equals(count.get("subject"))) {
        vehicles += n;
        byCheckpoint.merge((String) count.get("checkpointName"), n, Long::sum);
      }
      people += ((Number) count.get("people")).longValue();
    }
    assertThat(vehicles).as("the demo's exit inspects thousands a day").isGreaterThan(1000);
    Sheet summary = sheets.get("概要");
    assertThat(number(summary, "查验车辆(辆)", 1)).isEqualTo(vehicles);
    assertThat(number(summary, "查验人员(人)", 1)).isEqualTo(people);
    Sheet checkpoints = sheets.get("卡口查验");
    byCheckpoint.forEach((name, n) -> assertThat(number(checkpoints, name, 1)).isEqualTo(n));

    JsonPath coverage =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/coverage?region=" + Api.SHOUCHANG + "&date=" + YESTERDAY)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Sheet rosters = sheets.get("值守排班");
    assertThat(number(rosters, "合计", 1)).isEqualTo(coverage.getLong("totals.seats"));
    assertThat(number(rosters, "合计", 2)).isEqualTo(coverage.getLong("totals.filled"));
    assertThat(number(rosters, "合计", 3)).isEqualTo(coverage.getLong("totals.open"));
    assertThat(number(rosters, "合计", 5)).isEqualTo(coverage.getLong("totals.noShows"));

    JsonPath patrols =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/key-places/patrol-counts?region=" + Api.SHOUCHANG + "&day=" + YESTERDAY)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Sheet keyPlaces = sheets.get("重点场所");
    if (patrols.getLong("totals.places") > 0) {
      assertThat(number(keyPlaces, "合计", 1)).isEqualTo(patrols.getLong("totals.places"));
      assertThat(number(keyPlaces, "合计", 2)).isEqualTo(patrols.getLong("totals.patrolled"));
    }
  }

  @Test
  void theGridFiguresEqualTheGridsApi() throws IOException {
    // today: the demo's ledger is registered when the demo is loaded
    String yangxi = "330182002000";
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    Map<String, Sheet> sheets = workbook(Api.YANGXI_COMMAND, yangxi, today);
    JsonPath figures =
        as(Api.YANGXI_COMMAND)
            .get("/grid-figures?region=" + yangxi + "&date=" + today)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Long> totals = new HashMap<>();
    for (Map<String, Map<String, Number>> place :
        figures.<Map<String, Map<String, Number>>>getList("places")) {
      place.get("figures").forEach((k, v) -> totals.merge(k, v.longValue(), Long::sum));
    }
    assertThat(totals.get("returneesTotal")).as("Yangan's demo ledger").isGreaterThan(0);
    Sheet grids = sheets.get("网格管理");
    assertThat(number(grids, "返乡人员 · 累计在册", 1)).isEqualTo(totals.get("returneesTotal"));
    assertThat(number(grids, "返乡人员 · 当日新增登记", 1)).isEqualTo(totals.get("returneesRegistered"));
    assertThat(number(grids, "居家隔离(人)", 1)).isEqualTo(totals.get("underIsolation"));
    assertThat(number(grids, "居家观察(人)", 1)).isEqualTo(totals.get("underObservation"));
    assertThat(number(grids, "日常健康监测(人)", 1)).isEqualTo(totals.get("underMonitoring"));
    assertThat(number(grids, "应走访(次)", 1)).isEqualTo(totals.get("visitsDue"));
    assertThat(number(grids, "已走访(次)", 1)).isEqualTo(totals.get("visitsDone"));
    assertThat(number(grids, "逾期未检测(次)", 1)).isEqualTo(totals.get("testsOverdue"));
    assertThat(number(grids, "民呼必应 · 当日受理", 1)).isEqualTo(totals.get("requestsReceived"));
    assertThat(number(grids, "民呼必应 · 逾期未办结", 1)).isEqualTo(totals.get("requestsOverdue"));
    // the town's villages, each with its own line: Yangan's returnees under its name
    Sheet areas = sheets.get("分区情况");
    assertThat(label(areas, "洋安")).isNotNull();
  }

  @Test
  void aDistrictsBriefingListsItsTownsEachWithItsOwnFigures() throws IOException {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    byte[] pdf =
        as(Api.JIANDE_OFFICIAL)
            .get("/briefings/daily?region=" + Api.JIANDE + "&date=" + today)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    Files.write(Path.of("target", "daily-briefing-jiande.pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("建德市疫情防控每日简报")
          .contains("各镇/街道情况", "寿昌镇", "洋溪街道");
    }
    Map<String, Sheet> sheets = workbook(Api.JIANDE_OFFICIAL, Api.JIANDE, today);
    Sheet areas = sheets.get("分区情况");
    Sheet summary = sheets.get("概要");
    // the towns' lines add up to the district's headline
    long vehicles = 0;
    for (Row row : areas) {
      if (row.getRowNum() > 6 && row.getCell(1) != null) {
        vehicles += (long) row.getCell(1).getNumericCellValue();
      }
    }
    assertThat(vehicles).isEqualTo(number(summary, "查验车辆(辆)", 1)).isGreaterThan(0);
    assertThat(number(areas, "寿昌镇", 1)).isGreaterThan(0);
    assertThat(number(areas, "洋溪街道", 4)).as("Yangan's home cases").isGreaterThan(0);
  }

  @Test
  void englishOnRequestAndTodayByDefault() throws IOException {
    byte[] pdf =
        as(Api.SHOUCHANG_COMMAND)
            .queryParam("lang", "en")
            .get("/briefings/daily")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("daily epidemic-prevention briefing")
          .contains("1. Checkpoint inspections")
          .contains(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "");
    }
  }

  @Test
  void asJsonTheSameFiguresForAPageWithoutTheMap() throws IOException {
    JsonPath json =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/briefings/daily?region=" + Api.SHOUCHANG + "&date=" + YESTERDAY + "&format=json")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .jsonPath();
    Sheet summary = workbook(Api.SHOUCHANG_OFFICIAL, Api.SHOUCHANG, YESTERDAY).get("概要");
    assertThat(json.getLong("headline.vehicles")).isEqualTo(number(summary, "查验车辆(辆)", 1));
    assertThat(json.getLong("dayBefore.people")).isEqualTo(number(summary, "查验人员(人)", 2));
    assertThat(json.getString("region.code")).isEqualTo(Api.SHOUCHANG);
    assertThat(json.getList("trend")).hasSize(7);
    assertThat(json.getMap("$")).doesNotContainKey("map");
    // a page's fetch asks for JSON by its Accept header
    as(Api.SHOUCHANG_OFFICIAL)
        .accept("application/json")
        .get("/briefings/daily?region=" + Api.SHOUCHANG)
        .then()
        .statusCode(200)
        .contentType("application/json");
  }

  @Test
  void theTrendIsTheHeadlineOfEachOfSevenDays() {
    JsonPath trend =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/briefings/trend?region=" + Api.SHOUCHANG + "&date=" + YESTERDAY)
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .jsonPath();
    assertThat(trend.getList("days.day"))
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(0, 6)
                .mapToObj(i -> YESTERDAY.minusDays(6 - i).toString())
                .toList());
    for (LocalDate day : List.of(YESTERDAY, YESTERDAY.minusDays(1), YESTERDAY.minusDays(4))) {
      JsonPath briefing =
          as(Api.SHOUCHANG_OFFICIAL)
              .get("/briefings/daily?region=" + Api.SHOUCHANG + "&date=" + day + "&format=json")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(trend.getMap("days.find { it.day == '" + day + "' }.figures"))
          .as("the trend on %s", day)
          .isEqualTo(briefing.getMap("headline"));
    }
    // today by default, the caller's jurisdiction by default; bad days and outsiders refused
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/briefings/trend")
        .then()
        .statusCode(200)
        .body("region.code", equalTo(Api.SHOUCHANG))
        .body("days.size()", equalTo(7));
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/briefings/trend?date=" + YESTERDAY.plusDays(2))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(Api.SHOUCHANG_OFFICIAL).get("/briefings/trend?date=yesterday").then().statusCode(400);
    as(Api.SHOUCHANG_OFFICIAL).get("/briefings/trend?region=" + Api.YINHU).then().statusCode(404);
  }

  @Test
  void theAcceptHeaderChoosesWhenNoFormatIsNamed() {
    as(Api.SHOUCHANG_OFFICIAL)
        .accept(XLSX)
        .get("/briefings/daily?region=" + Api.SHOUCHANG)
        .then()
        .statusCode(200)
        .contentType(XLSX)
        .header("Content-Disposition", containsString(".xlsx"));
    as(Api.SHOUCHANG_OFFICIAL)
        .accept("application/pdf, " + XLSX + ";q=0.5")
        .get("/briefings/daily?region=" + Api.SHOUCHANG)
        .then()
        .statusCode(200)
        .contentType("application/pdf");
  }

  @Test
  void briefingsFollowRolesAndJurisdiction() {
    as(Api.YINHU_COMMAND).get("/briefings/daily?region=" + Api.SHOUCHANG).then().statusCode(404);
    as(Api.SHOUCHANG_CHECKPOINT).get("/briefings/daily").then().statusCode(403);
    Api.anonymous().get("/briefings/daily").then().statusCode(401);
    as(Api.ADMIN).get("/briefings/daily?region=xyz").then().statusCode(400);
    as(Api.ADMIN).get("/briefings/daily?format=docx").then().statusCode(400);
    as(Api.ADMIN).get("/briefings/daily?date=2026-02-30").then().statusCode(400);
    as(Api.ADMIN)
        .get("/briefings/daily?date=" + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void everyDownloadIsAudited() {
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/briefings/daily?region=" + Api.XIHU_VILLAGE + "&date=" + YESTERDAY + "&format=xlsx")
        .then()
        .statusCode(200)
        .contentType(XLSX);
    as(Api.ADMIN)
        .get(
            "/audit?subjectType=reporting.daily-briefing&subjectId="
                + Api.XIHU_VILLAGE
                + "/"
                + YESTERDAY)
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("printed"))
        .body("items[0].actor", equalTo(Api.SHOUCHANG_OFFICIAL))
        .body("items[0].summary", containsString("format=xlsx"));
  }

  /** The briefing's workbook, its sheets by name. */
  private static Map<String, Sheet> workbook(String user, String region, LocalDate day)
      throws IOException {
    byte[] xlsx =
        as(user)
            .get("/briefings/daily?region=" + region + "&date=" + day + "&format=xlsx")
            .then()
            .statusCode(200)
            .contentType(XLSX)
            .extract()
            .asByteArray();
    Map<String, Sheet> sheets = new HashMap<>();
    XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    for (Sheet sheet : workbook) {
      sheets.put(sheet.getSheetName(), sheet);
    }
    return sheets;
  }

  /** The first row whose label (first cell) is {@code label}. */
  private static Row label(Sheet sheet, String label) {
    for (Row row : sheet) {
      var cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && cell.getStringCellValue().startsWith(label)) {
        return row;
      }
    }
    return null;
  }

  private static long number(Sheet sheet, String label, int column) {
    Row row = label(sheet, label);
    assertThat(row).as("a row %s in %s", label, sheet.getSheetName()).isNotNull();
    return (long) row.getCell(column).getNumericCellValue();
  }

  @SuppressWarnings("unused")
  private static final List<String> SHEETS =
      List.of("概要", "卡口查验", "分班次", "分流去向", "值守排班", "网格管理", "重点场所", "分区情况");
}
