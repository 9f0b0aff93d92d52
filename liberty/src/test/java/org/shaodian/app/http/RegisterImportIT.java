package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The register as a spreadsheet through the running server: the shipped sample imported into a grid
 * and imported again without duplicates, wrong rows named by row and column (all or nothing, or the
 * valid rows), wrong files and headings refused at once, and the register exported masked — or in
 * full, for a role that may see full values and with a reason: one audited bulk reveal, listed to
 * officials, a few a day (the tests use the default, 3).
 */
class RegisterImportIT {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final Path SAMPLE = Path.of("..", "docs", "samples", "register-sample.xlsx");
  static final String[] HEADINGS = {
    "楼栋", "单元", "房号", "姓名", "身份证号", "手机号", "与户主关系", "独居老人", "需帮扶", "党员", "在职党员"
  };

  static JsonPath upload(String user, String grid, byte[] sheet, boolean allOrNothing) {
    return as(user)
        .contentType(XLSX)
        .queryParam("allOrNothing", allOrNothing)
        .queryParam("fileName", "登记表.xlsx")
        .body(sheet)
        .post("/grids/{grid}/register/imports", grid)
        .then()
        .statusCode(202)
        .header("Location", Api.locationUnder("/api/v1/register-imports/"))
        .extract()
        .jsonPath();
  }

  /** Polls an import until it has finished. */
  static JsonPath finished(String user, String id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      JsonPath now =
          as(user).get("/register-imports/{id}", id).then().statusCode(200).extract().jsonPath();
      if (!List.of("QUEUED", "READING", "WRITING").contains(now.getString("state"))
          || Instant.now().isAfter(deadline)) {
        return now;
      }
      Thread.sleep(200);
    }
  }

  /** A sheet with the standard headings and the given rows. */
  static byte[] sheet(String[]... rows) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet();
      String[][] all = new String[rows.length + 1][];
      all[0] = HEADINGS;
      System.arraycopy(rows, 0, all, 1, rows.length);
      for (int r = 0; r < all.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < all[r].length; c++) {
          row.createCell(c).setCellValue(all[r][c]);
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static final String FULL_ID = "^[0-9]{17}[0-9X]$";
  static final String FULL_PHONE = "^1[0-9]{10}$";
  static final String PROBLEM = "application/problem+json";

  static String[] resident(
      String building, String room, String name, String idNumber, String relation) {
    return new String[] {
      building, "1单元", room, name, idNumber, "13957100000", relation, "", "", "", ""
    };
  }

  @Test
  void theSampleImportsIntoAGridAndAgainWithoutDuplicates() throws Exception {
    byte[] sample = Files.readAllBytes(SAMPLE);
    String grid = "330182002001005";
    String id = upload(Api.YANGXI_COMMAND, grid, sample, true).getString("id");
    JsonPath done = finished(Api.YANGXI_COMMAND, id);
    assertThat(done.getString("state")).isEqualTo("DONE");
    assertThat(done.getInt("rowsRead")).isEqualTo(48);
    assertThat(done.getInt("added")).isEqualTo(48);
    assertThat(done.getList("errors")).isEmpty();
    assertThat(done.getString("fileName")).isEqualTo("登记表.xlsx");
    // its two buildings were added with their dwellings
    as(Api.YANGXI_COMMAND)
        .get("/grids/{grid}/buildings", grid)
        .then()
        .statusCode(200)
        .body("items.find { it.name == '10幢' }.residents", equalTo(24))
        .body("items.find { it.name == '11幢' }.dwellings", equalTo(12));

    // the same file again: everyone is found by their ID number, nobody is added twice
    JsonPath again =
        finished(
            Api.YANGXI_COMMAND, upload(Api.YANGXI_COMMAND, grid, sample, true).getString("id"));
    assertThat(again.getString("state")).isEqualTo("DONE");
    assertThat(again.getInt("added")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(48);
    as(Api.ADMIN)
        .queryParam("subjectId", id)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("uploaded"))
        .body("items.action", hasItem("imported"));
  }

  /**
   * More rows than the import writes at a time (1,000): every one arrives, once, also when a chunk
   * begins in a building an earlier chunk added and then reaches a new one.
   */
  @Test
  void aLargeSheetArrivesWhole() throws Exception {
    String[][] rows = new String[2_500][];
    for (int i = 0; i < rows.length; i++) {
      String first17 = "330184" + (1950 + i % 50) + "0101" + String.format("%03d", i / 50);
      rows[i] =
          new String[] {
            // 150 rows a building: chunks of 1,000 begin inside a building already written
            "大楼" + (i / 150),
            "1单元",
            String.valueOf(100 + i % 100),
            "住户" + i,
            first17 + GridsIT.checkDigit(first17),
            "",
            "户主",
            "",
            "",
            "",
            ""
          };
    }
    String grid = "330182002001006";
    JsonPath done =
        finished(
            Api.YANGXI_COMMAND,
            upload(Api.YANGXI_COMMAND, grid, sheet(rows), false).getString("id"));
    assertThat(done.getString("state")).isEqualTo("DONE");
    assertThat(done.getInt("added")).isEqualTo(2_500);
    as(Api.YANGXI_COMMAND)
        .queryParam("region", grid)
        .queryParam("q", "住户")
        .get("/residents")
        .then()
        .statusCode(200)
        .body("total", equalTo(2_500));
    JsonPath again =
        finished(
            Api.YANGXI_COMMAND,
            upload(Api.YANGXI_COMMAND, grid, sheet(rows), false).getString("id"));
    assertThat(again.getInt("unchanged")).isEqualTo(2_500);
    // the audit entry lists every resident the import wrote, however many chunks it took
    as(Api.ADMIN)
        .queryParam("subjectId", done.getString("id"))
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.find { it.action == 'imported' }.itemCount", equalTo(2_500));

    // all or nothing, with the first chunk changing people and a wrong row in the third: the
    // chunks already written go back with the rest
    rows[0][3] = "改名甲";
    rows[1_500][3] = "改名乙";
    rows[2_400][4] = "330184195001010001"; // a wrong check digit
    JsonPath refused =
        finished(
            Api.YANGXI_COMMAND,
            upload(Api.YANGXI_COMMAND, grid, sheet(rows), true).getString("id"));
    assertThat(refused.getString("state")).isEqualTo("REJECTED");
    assertThat(refused.getInt("rowsRead")).isEqualTo(2_500);
    assertThat(refused.getInt("rowsRejected")).isEqualTo(1);
    assertThat(refused.getInt("added") + refused.getInt("updated")).isZero();
    assertThat(refused.getList("errors.row", Integer.class)).containsExactly(2_402);
    as(Api.YANGXI_COMMAND)
        .queryParam("region", grid)
        .queryParam("q", "改名")
        .get("/residents")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));

    // and out again, more rows than the database hands over at a time (1,000): every resident of
    // the grid once, in the order of buildings, units, rooms and names
    List<List<String>> exported = rows(export(Api.YANGXI_COMMAND, grid, Map.of()));
    int residents =
        as(Api.YANGXI_COMMAND)
            .queryParam("region", grid)
            .get("/residents")
            .then()
            .extract()
            .path("total");
    assertThat(exported).hasSize(residents);
    assertThat(exported.stream().map(row -> row.get(3)).filter(name -> name.startsWith("住户")))
        .hasSize(2_500)
        .doesNotHaveDuplicates();
    Collator pinyin = Collator.getInstance(Locale.CHINA);
    Comparator<List<String>> sheetOrder =
        Comparator.<List<String>, String>comparing(row -> row.get(0), pinyin)
            .thenComparing(row -> row.get(1))
            .thenComparing(row -> row.get(2))
            .thenComparing(row -> row.get(3), pinyin);
    assertThat(exported).isSortedAccordingTo(sheetOrder);
  }

  /** The register of a grid as a spreadsheet, with the given query parameters. */
  static byte[] export(String user, String grid, Map<String, String> query) {
    return as(user)
        .accept(XLSX)
        .queryParams(query)
        .get("/grids/{grid}/register", grid)
        .then()
        .statusCode(200)
        .contentType(XLSX)
        .header("Cache-Control", "no-store")
        .extract()
        .asByteArray();
  }

  /** The rows of an exported register below its headings, each as its cells' text. */
  static List<List<String>> rows(byte[] xlsx) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter text = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < HEADINGS.length; c++) {
          cells.add(text.formatCellValue(sheet.getRow(r).getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void wrongRowsAreNamedAndAllOrNothingWritesNothing() throws Exception {
    String good = GridsIT.idNumber(40);
    String other = GridsIT.idNumber(41);
    String wrongCheck = other.substring(0, 17) + (other.charAt(17) == '1' ? '2' : '1');
    byte[] sheet =
        sheet(
            resident("导入楼", "101", "杨秀兰", good, "户主"),
            resident("导入楼", "102", "何志强", wrongCheck, "户主"),
            resident("导入楼", "103", "叶春梅", GridsIT.idNumber(42), "房东"),
            resident("导入楼", "104", "方海燕", good, "户主"),
            new String[] {
              "导入楼", "1单元", "105", "汪建华", GridsIT.idNumber(43), "", "户主", "", "", "", "是"
            });

    JsonPath rejected =
        finished(
            Api.YANGAN_GRID,
            upload(Api.YANGAN_GRID, Api.YANGAN_GRID_1, sheet, true).getString("id"));
    assertThat(rejected.getString("state")).isEqualTo("REJECTED");
    assertThat(rejected.getInt("added")).isZero();
    assertThat(rejected.getInt("rowsRejected")).isEqualTo(4);
    List<Map<String, Object>> errors = rejected.getList("errors");
    assertThat(errors)
        .extracting(e -> e.get("row") + ":" + e.get("column"))
        .containsExactly("3:身份证号", "4:与户主关系", "5:身份证号", "6:在职党员");
    assertThat(errors.get(2).get("message")).isEqualTo("与第 2 行是同一身份证号码");
    as(Api.YANGAN_GRID)
        .queryParam("q", "杨秀兰")
        .get("/residents")
        .then()
        .body("items.size()", equalTo(0));

    // the valid rows only, by choice
    JsonPath partly =
        finished(
            Api.YANGAN_GRID,
            upload(Api.YANGAN_GRID, Api.YANGAN_GRID_1, sheet, false).getString("id"));
    assertThat(partly.getString("state")).isEqualTo("DONE");
    assertThat(partly.getInt("added")).isEqualTo(1);
    assertThat(partly.getInt("rowsRejected")).isEqualTo(4);
    as(Api.YANGAN_GRID)
        .queryParam("q", "杨秀兰")
        .get("/residents")
        .then()
        .body("items.size()", equalTo(1))
        .body("items[0].dwelling.address", equalTo("导入楼1单元101"));

    // someone registered in a grid the worker does not keep stays there
    String elsewhere = GridsIT.idNumber(44);
    String dwelling = GridsIT.newDwelling(Api.YANGXI_COMMAND, Api.YANGAN_GRID_2);
    GridsIT.register(Api.YANGXI_COMMAND, GridsIT.residentBody(elsewhere, dwelling, ""))
        .then()
        .statusCode(201);
    JsonPath outside =
        finished(
            Api.YANGAN_GRID,
            upload(
                    Api.YANGAN_GRID,
                    Api.YANGAN_GRID_1,
                    sheet(resident("导入楼", "106", "周桂英", elsewhere, "户主")),
                    false)
                .getString("id"));
    assertThat(outside.getInt("added")).isZero();
    assertThat(outside.getList("errors.column")).containsExactly("身份证号");
  }

  @Test
  void wrongFilesAndHeadingsAreRefusedAtOnce() {
    byte[] noIdColumn;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row heading = book.createSheet().createRow(0);
      String[] headings = {"楼栋", "房号", "姓名", "与户主关系", "备注"};
      for (int c = 0; c < headings.length; c++) {
        heading.createCell(c).setCellValue(headings[c]);
      }
      book.write(out);
      noIdColumn = out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    as(Api.YANGAN_GRID)
        .contentType(XLSX)
        .body(noIdColumn)
        .post("/grids/{grid}/register/imports", Api.YANGAN_GRID_1)
        .then()
        .statusCode(400)
        .body("errors.message", hasItem("E1:未知的列“备注”"))
        .body("errors.message", hasItem("缺少列“身份证号”"));
    as(Api.YANGAN_GRID)
        .contentType(XLSX)
        .body("楼栋,房号\n1幢,101\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/grids/{grid}/register/imports", Api.YANGAN_GRID_1)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("file"));
    as(Api.YANGAN_GRID)
        .contentType("text/csv")
        .body("楼栋,房号\n")
        .post("/grids/{grid}/register/imports", Api.YANGAN_GRID_1)
        .then()
        .statusCode(415);
    as(Api.YANGAN_GRID)
        .contentType(XLSX)
        .body(new byte[21 * 1024 * 1024])
        .post("/grids/{grid}/register/imports", Api.YANGAN_GRID_1)
        .then()
        .statusCode(413);
    as(Api.SHOUCHANG_COMMAND)
        .contentType(XLSX)
        .body(sheet())
        .post("/grids/{grid}/register/imports", Api.YANGAN_GRID_1)
        .then()
        .statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL)
        .contentType(XLSX)
        .body(sheet())
        .post("/grids/{grid}/register/imports", Api.YANGAN_GRID_1)
        .then()
        .statusCode(403);
  }

  @Test
  void theRegisterExportsMaskedInTheColumnsTheImportReads() throws IOException {
    byte[] exported =
        as(Api.YANGAN_GRID)
            .accept(XLSX)
            .get("/grids/{grid}/register", Api.YANGAN_GRID_1)
            .then()
            .statusCode(200)
            .contentType(XLSX)
            .header("Content-Disposition", startsWith("attachment"))
            .extract()
            .asByteArray();
    int residents =
        as(Api.YANGAN_GRID)
            .queryParam("region", Api.YANGAN_GRID_1)
            .get("/residents")
            .then()
            .extract()
            .path("total");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter text = new DataFormatter();
      List<String> headings = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headings.add(text.formatCellValue(cell)));
      assertThat(headings).containsExactly(HEADINGS);
      assertThat(sheet.getLastRowNum()).isEqualTo(residents);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        assertThat(text.formatCellValue(sheet.getRow(r).getCell(4))).matches(GridsIT.MASKED_ID);
        String phone = text.formatCellValue(sheet.getRow(r).getCell(5));
        assertThat(phone).matches("^$|" + GridsIT.MASKED_PHONE);
      }
    }
    as(Api.SHOUCHANG_OFFICIAL)
        .accept(XLSX)
        .get("/grids/{grid}/register", Api.YANGAN_GRID_1)
        .then()
        .statusCode(404);
  }

  @Test
  void aRoleThatMaySeeFullValuesExportsThemWithAReasonAndOfficialsSeeThatItDid() throws Exception {
    String id = GridsIT.idNumber(35);
    String dwelling = GridsIT.newDwelling(Api.YANGAN_GRID, Api.YANGAN_GRID_1);
    GridsIT.register(Api.YANGAN_GRID, GridsIT.residentBody(id, dwelling, ""))
        .then()
        .statusCode(201);

    // masked unless asked for in full
    assertThat(rows(export(Api.YANGAN_GRID, Api.YANGAN_GRID_1, Map.of("values", "masked"))))
        .allSatisfy(row -> assertThat(row.get(4)).matches(GridsIT.MASKED_ID));

    byte[] sheet =
        export(
            Api.YANGAN_GRID, Api.YANGAN_GRID_1, Map.of("values", "full", "reason", "逐户核对疫苗接种登记"));
    List<List<String>> full = rows(sheet);
    assertThat(full)
        .anySatisfy(
            row -> {
              assertThat(row.get(4)).isEqualTo(id);
              assertThat(row.get(5)).isEqualTo("13857101234");
            });
    assertThat(full).allSatisfy(row -> assertThat(row.get(4)).matches(FULL_ID));
    List<String> phones = full.stream().map(row -> row.get(5)).filter(p -> !p.isEmpty()).toList();
    assertThat(phones).isNotEmpty().allSatisfy(phone -> assertThat(phone).matches(FULL_PHONE));

    // one reveal of the register, with how many values it showed, listed to an official
    String reveal = "items.find { it.subjectType == 'grids.register' }";
    as(Api.JIANDE_OFFICIAL)
        .queryParam("region", Api.YANGAN_GRID_1)
        .get("/personal-data/reveals")
        .then()
        .statusCode(200)
        .body(reveal + ".subjectId", equalTo(Api.YANGAN_GRID_1))
        .body(reveal + ".actor", equalTo(Api.YANGAN_GRID))
        .body(reveal + ".field", equalTo("idNumber,phone"))
        .body(reveal + ".reason", equalTo("逐户核对疫苗接种登记"))
        .body(reveal + ".bulk", equalTo(true))
        .body(reveal + ".refused", equalTo(false))
        .body(reveal + ".count", equalTo(full.size() + phones.size()));
    as(Api.ADMIN)
        .queryParam("subjectId", Api.YANGAN_GRID_1)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("revealed"))
        .body("items.action", hasItem("exported"));

    // in the columns the import reads: the full sheet imports again, changing nothing
    JsonPath back =
        finished(
            Api.YANGAN_GRID,
            upload(Api.YANGAN_GRID, Api.YANGAN_GRID_1, sheet, true).getString("id"));
    assertThat(back.getString("state")).isEqualTo("DONE");
    assertThat(back.getInt("added")).isZero();
    assertThat(back.getInt("unchanged")).isEqualTo(full.size());
  }

  @Test
  void fullValuesNeedARoleThatMaySeeThemAndAReason() {
    Map<String, String> full = Map.of("values", "full", "reason", "核对");
    // officials read the register, masked, but may not see full values
    as(Api.JIANDE_OFFICIAL)
        .accept(XLSX)
        .queryParams(full)
        .get("/grids/{grid}/register", Api.YANGAN_GRID_1)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    as(Api.YANGAN_GRID)
        .accept(XLSX)
        .queryParam("values", "full")
        .get("/grids/{grid}/register", Api.YANGAN_GRID_1)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("reason"));
    as(Api.YANGAN_GRID)
        .accept(XLSX)
        .queryParam("values", "full")
        .queryParam("reason", " \u3000")
        .get("/grids/{grid}/register", Api.YANGAN_GRID_1)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("reason"));
    as(Api.YANGAN_GRID)
        .accept(XLSX)
        .queryParam("values", "all")
        .get("/grids/{grid}/register", Api.YANGAN_GRID_1)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("values"));
    as(Api.YINHU_COMMAND)
        .accept(XLSX)
        .queryParams(full)
        .get("/grids/{grid}/register", Api.YANGAN_GRID_1)
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void aCallerExportingFullValuesTooOftenIsRefusedAndFlagged() {
    int status = 200;
    int exported = 0;
    while (status == 200 && exported < 10) {
      status =
          as(Api.YANGXI_COMMAND)
              .accept(XLSX)
              .queryParam("values", "full")
              .queryParam("reason", "核对楼栋长上报的名单")
              .get("/grids/{grid}/register", Api.YANGAN_GRID_2)
              .then()
              .extract()
              .statusCode();
      exported += status == 200 ? 1 : 0;
    }
    assertThat(exported).isEqualTo(3);
    assertThat(status).isEqualTo(429);
    as(Api.YANGXI_COMMAND)
        .accept(XLSX)
        .queryParam("values", "full")
        .queryParam("reason", "核对楼栋长上报的名单")
        .get("/grids/{grid}/register", Api.YANGAN_GRID_2)
        .then()
        .statusCode(429)
        .contentType(PROBLEM);
    as(Api.JIANDE_OFFICIAL)
        .queryParam("region", Api.YANGAN_GRID_2)
        .queryParam("refused", "true")
        .get("/personal-data/reveals")
        .then()
        .statusCode(200)
        .body("items.find { it.actor == '" + Api.YANGXI_COMMAND + "' }.bulk", equalTo(true))
        .body(
            "items.find { it.actor == '" + Api.YANGXI_COMMAND + "' }.subjectType",
            equalTo("grids.register"));

    // the masked register, and single values, are not counted against the bulk allowance
    export(Api.YANGXI_COMMAND, Api.YANGAN_GRID_2, Map.of());
    String dwelling = GridsIT.newDwelling(Api.YANGXI_COMMAND, Api.YANGAN_GRID_2);
    String resident =
        GridsIT.register(
                Api.YANGXI_COMMAND, GridsIT.residentBody(GridsIT.idNumber(36), dwelling, ""))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(Api.YANGXI_COMMAND)
        .contentType("application/json")
        .body("{\"reason\":\"核对楼栋长上报的名单\"}")
        .post("/residents/{id}/id-number/reveal", resident)
        .then()
        .statusCode(200);
  }
}
