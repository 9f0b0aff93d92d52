package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.shaodian.app.http.Api.as;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Roster printouts through the real server, over the demo roster: Shouchang's expressway exit has
 * its week rostered from the day the server started, so a week from three days on has holders for
 * four days and open seats (空缺) for three.
 */
class RosterPrintoutsIT {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String HIGHWAY = "杭千高速寿昌出口卡口";
  static final String HIGHWAY_ID = "266cb097-b692-3b4d-993f-ea16fc463fb8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** A mainland mobile number anywhere in a text. */
  static final Pattern PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

  static LocalDate today() {
    return LocalDate.now(SHANGHAI);
  }

  static String basic(LocalDate date) {
    return date.format(DateTimeFormatter.BASIC_ISO_DATE);
  }

  /** The demo's expressway exit, found by name among Shouchang's posts. */
  static String highwayPost() {
    List<Map<String, Object>> posts =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("region", Api.SHOUCHANG)
            .queryParam("size", 100)
            .get("/posts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return posts.stream()
        .filter(p -> HIGHWAY.equals(p.get("name")))
        .map(p -> (String) p.get("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no demo post " + HIGHWAY));
  }

  /** The post's seats as the rosters api lists them (JSON). */
  static List<Map<String, Object>> seats(String post, LocalDate from, LocalDate to) {
    return as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .get("/posts/{id}/seats", post)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  static Set<String> holders(List<Map<String, Object>> seats) {
    Set<String> names = new TreeSet<>();
    seats.stream()
        .map(s -> (String) s.get("personName"))
        .filter(Objects::nonNull)
        .forEach(names::add);
    return names;
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage first = document.getPage(0);
      for (var name : first.getResources().getFontNames()) {
        PDFont font = first.getResources().getFont(name);
        assertThat(font.getName()).contains("NotoSansSC");
        assertThat(font.isEmbedded()).isTrue();
      }
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aPostsWeekIsAChineseGridWithHoldersAndOpenSeats() throws IOException {
    String post = highwayPost();
    assertThat(post).as("the demo's fixed id, as the README uses it").isEqualTo(HIGHWAY_ID);
    LocalDate from = today().plusDays(3);
    List<Map<String, Object>> seats = seats(post, from, from.plusDays(6));
    Set<String> holders = holders(seats);
    assertThat(holders).as("the demo's rostered days in this week").isNotEmpty();

    ExtractableResponse<Response> response =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("from", from.toString())
            .get("/reports/posts/{id}/week", post)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header(
                "Content-Disposition",
                equalTo("attachment; filename=\"post-week-" + post + "-" + basic(from) + ".pdf\""))
            .header("Cache-Control", "no-store")
            .extract();
    String again =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("from", from.toString())
            .get("/reports/posts/{id}/week", post)
            .then()
            .statusCode(200)
            .extract()
            .header("Server-Timing");
    System.out.printf(
        "post week PDF: %d bytes; %s, then %s%n",
        response.asByteArray().length, response.header("Server-Timing"), again);

    String text = pdfText(response.asByteArray());
    assertThat(text)
        .contains(HIGHWAY + " 值守排班表")
        .contains("寿昌镇 (" + Api.SHOUCHANG + ")")
        .contains(from + " 至 " + from.plusDays(6))
        .contains("00:00–08:00", "08:00–16:00", "16:00–00:00")
        .contains("点长", "采样员")
        .contains("制表人:" + Api.SHOUCHANG_OFFICIAL)
        .contains(holders)
        .contains("空缺")
        .contains("1 / 1");
    assertThat(PHONE.matcher(text).find()).as("a phone number in the printout").isFalse();
  }

  @Test
  void aPostsWeekAsAWorkbookHasARowPerSeat() throws IOException {
    String post = highwayPost();
    LocalDate from = today();
    List<Map<String, Object>> seats = seats(post, from, from.plusDays(6));
    byte[] xlsx =
        as(Api.SHOUCHANG_COMMAND)
            .accept(XLSX)
            .get("/reports/posts/{id}/week", post)
            .then()
            .statusCode(200)
            .contentType(XLSX)
            .header(
                "Content-Disposition",
                equalTo("attachment; filename=\"post-week-" + post + "-" + basic(from) + ".xlsx\""))
            .extract()
            .asByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("值守排班表");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(HIGHWAY + " 值守排班表");
      int header = 5;
      assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("日期");
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 6);
      assertThat(sheet.getLastRowNum() - header).isEqualTo(seats.size());
      Set<String> names = new TreeSet<>();
      for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
        LocalDateTime date = row.getCell(0).getLocalDateTimeCellValue();
        assertThat(date.toLocalDate()).isBetween(from, from.plusDays(6));
        String name = row.getCell(8).getStringCellValue();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
      assertThat(names).isEqualTo(holders(seats));
    }
  }

  @Test
  void aPersonsDutyListAsPdfAndWorkbook() throws IOException {
    String post = highwayPost();
    LocalDate from = today();
    Map<String, Object> held =
        seats(post, from, from.plusDays(6)).stream()
            .filter(s -> s.get("person") != null)
            .findFirst()
            .orElseThrow();
    String person = (String) held.get("person");
    String name = (String) held.get("personName");
    int duties =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/people/{id}/duties", person)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$")
            .size();

    byte[] pdf =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/reports/people/{id}/duties", person)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header(
                "Content-Disposition",
                equalTo(
                    "attachment; filename=\"person-duties-"
                        + person
                        + "-"
                        + basic(from)
                        + "-"
                        + basic(from.plusDays(6))
                        + ".pdf\""))
            .extract()
            .asByteArray();
    String text = pdfText(pdf);
    assertThat(text)
        .contains(name + " 个人值班表")
        .contains(from + " 至 " + from.plusDays(6))
        .contains("日期", "班次时间", "点位", "岗位", "状态")
        .contains(HIGHWAY)
        .contains("共 " + duties + " 班");
    assertThat(PHONE.matcher(text).find()).as("a phone number in the printout").isFalse();

    byte[] xlsx =
        as(Api.SHOUCHANG_OFFICIAL)
            .accept(XLSX)
            .queryParam("from", from.toString())
            .queryParam("to", from.plusDays(6).toString())
            .get("/reports/people/{id}/duties", person)
            .then()
            .statusCode(200)
            .contentType(XLSX)
            .extract()
            .asByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(name + " 个人值班表");
      assertThat(sheet.getLastRowNum() - 5).isEqualTo(duties);
      assertThat(sheet.getRow(6).getCell(5).getStringCellValue()).isNotBlank();
    }
  }

  @Test
  void everyPrintoutIsAudited() {
    String post = highwayPost();
    as(Api.SHOUCHANG_OFFICIAL).get("/reports/posts/{id}/week", post).then().statusCode(200);
    as(Api.ADMIN)
        .get("/audit?subjectType=reporting.post-week&subjectId=" + post)
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("printed"))
        .body("items[0].actor", equalTo(Api.SHOUCHANG_OFFICIAL));

    String person =
        (String)
            seats(post, today(), today().plusDays(6)).stream()
                .filter(s -> s.get("person") != null)
                .findFirst()
                .orElseThrow()
                .get("person");
    as(Api.SHOUCHANG_COMMAND)
        .accept(XLSX)
        .get("/reports/people/{id}/duties", person)
        .then()
        .statusCode(200);
    as(Api.ADMIN)
        .get("/audit?subjectType=reporting.person-duties&subjectId=" + person)
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("printed"))
        .body("items[0].actor", equalTo(Api.SHOUCHANG_COMMAND));
  }

  @Test
  void printingFollowsRolesAndJurisdiction() {
    String post = highwayPost();
    String person =
        (String)
            seats(post, today(), today().plusDays(6)).stream()
                .filter(s -> s.get("person") != null)
                .findFirst()
                .orElseThrow()
                .get("person");
    // outside the caller's jurisdiction the post and the person do not exist
    as(Api.YINHU_COMMAND).get("/reports/posts/{id}/week", post).then().statusCode(404);
    as(Api.YINHU_COMMAND).get("/reports/people/{id}/duties", person).then().statusCode(404);
    // every role that reads rosters may print them; a caller with no role may not
    as(Api.SHOUCHANG_CHECKPOINT).get("/reports/posts/{id}/week", post).then().statusCode(200);
    String noRole = Api.token("mystery-app", List.of("superuser"), Api.JIANDE, Api.ISSUER);
    Api.withToken(noRole).get("/reports/posts/{id}/week", post).then().statusCode(403);
    Api.anonymous().get("/reports/posts/{id}/week", post).then().statusCode(401);
  }

  @Test
  void badInputIsAProblemNeverAFile() {
    String post = highwayPost();
    for (String accept : List.of("application/pdf", XLSX)) {
      as(Api.SHOUCHANG_OFFICIAL)
          .accept(accept)
          .queryParam("from", "2026-13-45")
          .get("/reports/posts/{id}/week", post)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("from"));
    }
    // a year ISO 8601 allows, but with no week after it: refused, not a 500
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("from", "+999999999-12-31")
        .get("/reports/posts/{id}/week", post)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    String person =
        (String)
            seats(post, today(), today().plusDays(6)).stream()
                .filter(s -> s.get("person") != null)
                .findFirst()
                .orElseThrow()
                .get("person");
    String duties = "/reports/people/{id}/duties";
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("from", "2026-11-28")
        .queryParam("to", "2026-12-29") // 32 days
        .get(duties, person)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("to"));
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("from", "2026-11-28")
        .queryParam("to", "2026-12-28") // 31 days: the most there may be
        .get(duties, person)
        .then()
        .statusCode(200);
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("from", "2026-11-28")
        .queryParam("to", "2026-11-27")
        .get(duties, person)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    as(Api.SHOUCHANG_OFFICIAL)
        .accept(XLSX)
        .queryParam("to", "28.11.2026")
        .get(duties, person)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("to"));
    // unknown and malformed ids name nothing
    String unknown = "00000000-0000-0000-0000-000000000000";
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/reports/posts/{id}/week", unknown)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as(Api.SHOUCHANG_OFFICIAL).get(duties, unknown).then().statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL).get(duties, "not-an-id").then().statusCode(404);
    // neither format acceptable
    as(Api.SHOUCHANG_OFFICIAL)
        .accept("application/json")
        .get("/reports/posts/{id}/week", post)
        .then()
        .statusCode(406);
  }

  @Test
  void englishOnRequest() throws IOException {
    String post = highwayPost();
    byte[] pdf =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("lang", "en")
            .get("/reports/posts/{id}/week", post)
            .then()
            .statusCode(200)
            .header("Content-Disposition", matchesPattern(".*\\.pdf\"$"))
            .extract()
            .asByteArray();
    assertThat(pdfText(pdf)).contains(HIGHWAY + " Duty roster", "Shift 1").doesNotContain("值守排班表");
  }
}
