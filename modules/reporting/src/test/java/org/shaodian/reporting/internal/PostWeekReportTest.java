package org.shaodian.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.shaodian.reporting.internal.RosterFixtures.FROM;
import static org.shaodian.reporting.internal.RosterFixtures.GENERATED_AT;
import static org.shaodian.reporting.internal.RosterFixtures.TO;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.rosters.api.DutyService.PostDuties;
import org.shaodian.rosters.api.DutyView;
import org.shaodian.rosters.api.SeatState;

/** A post's week through the real template (read back with PDFBox) and as a workbook (POI). */
class PostWeekReportTest {

  private static PostDuties week;
  private static PostWeekReport report;
  private static byte[] pdf;
  private static String zhText;
  private static String enText;

  @BeforeAll
  static void render() throws IOException {
    week = RosterFixtures.week();
    report = new PostWeekReport(new ReportTemplates());
    long start = System.nanoTime();
    pdf = report.render(week, PrintoutFormat.PDF, Language.ZH, "余振华", GENERATED_AT);
    long first = System.nanoTime() - start;
    start = System.nanoTime();
    byte[] again = report.render(week, PrintoutFormat.PDF, Language.ZH, "余振华", GENERATED_AT);
    long warm = System.nanoTime() - start;
    System.out.printf(
        "post-week PDF: first %d ms (compiling the template), warm %d ms, %d bytes%n",
        first / 1_000_000, warm / 1_000_000, again.length);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "post-week-sample.pdf"), pdf);
    zhText = RosterFixtures.pdfText(pdf);
    enText =
        RosterFixtures.pdfText(
            report.render(week, PrintoutFormat.PDF, Language.EN, "Yu Zhenhua", GENERATED_AT));
  }

  @Test
  void theGridHasTitlePostRegionPeriodDaysAndShiftTimes() {
    assertThat(zhText)
        .contains("杭千高速寿昌出口卡口 值守排班表")
        .contains("寿昌镇 (330182107000)")
        .contains("2026-11-28 至 2026-12-04")
        .contains("制表时间:2026-11-28 19:52", "制表人:余振华")
        .contains("班次", "11-28 周六", "11-29 周日", "12-04 周五")
        .contains("第1班", "00:00–08:00", "08:00–16:00", "16:00–00:00")
        .contains("个人信息已脱敏")
        .contains("1 / 1");
  }

  @Test
  void everyHolderIsNamedWithTheirDutyAndOpenSeatsAreMarked() {
    Set<String> holders = new TreeSet<>();
    week.seats().stream().map(DutyView::personName).filter(n -> n != null).forEach(holders::add);
    holders.remove(RosterFixtures.ODD_NAME);
    assertThat(zhText).contains(holders);
    assertThat(zhText).contains("点长 余振华", "采样员 空缺", "查验员 ");
    assertThat(zhText).contains("(未到岗)");
    long open = week.seats().stream().filter(s -> s.state() == SeatState.OPEN).count();
    assertThat(zhText).contains("共 189 个席位,其中空缺 " + open + " 个");
    // the last day is all open: 27 times 空缺 in its column, and more for the night swab takers
    assertThat(zhText.split("空缺", -1).length - 1).isGreaterThanOrEqualTo((int) open);
  }

  @Test
  void aNameIsPrintedAsGivenNotReadAsMarkup() {
    assertThat(zhText).contains(RosterFixtures.ODD_NAME);
  }

  @Test
  void theFontIsEmbeddedNotoSansSc() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage first = document.getPage(0);
      // A4 landscape: JasperReports writes a portrait box turned a quarter
      boolean turned = first.getRotation() % 180 != 0;
      float width = turned ? first.getMediaBox().getHeight() : first.getMediaBox().getWidth();
      float height = turned ? first.getMediaBox().getWidth() : first.getMediaBox().getHeight();
      assertThat(width).isEqualTo(842f);
      assertThat(height).isEqualTo(595f);
      for (var name : first.getResources().getFontNames()) {
        PDFont font = first.getResources().getFont(name);
        assertThat(font.getName()).contains("NotoSansSC");
        assertThat(font.isEmbedded()).isTrue();
      }
    }
  }

  @Test
  void englishOnRequest() {
    assertThat(enText)
        .contains("杭千高速寿昌出口卡口 Duty roster")
        .contains("2026-11-28 to 2026-12-04")
        .contains("Sat 11-28", "Shift 1", "point leader 余振华", "swab taker open")
        .contains("189 seats, 33 of them open")
        .doesNotContain("值守排班表", "空缺");
    // "(no-show)" may wrap in its narrow cell
    assertThat(enText.replaceAll("\\s", "")).contains("(no-show)");
  }

  @Test
  void theWorkbookHasOneRowPerSeatUnderAFrozenHeader() throws IOException {
    byte[] xlsx = report.render(week, PrintoutFormat.XLSX, Language.ZH, "余振华", GENERATED_AT);
    Files.write(Path.of("target", "post-week-sample.xlsx"), xlsx);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("值守排班表");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("杭千高速寿昌出口卡口 值守排班表");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .contains("寿昌镇 (330182107000)", "2026-11-28 至 2026-12-04");
      int header = 5;
      assertThat(texts(sheet.getRow(header)))
          .containsExactly("日期", "星期", "班次", "班次时间", "开始", "结束", "岗位", "席位", "姓名", "状态");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
          .isEqualTo((short) (header + 1));
      for (int c = 0; c < 10; c++) {
        assertThat(sheet.getColumnWidth(c)).isGreaterThanOrEqualTo(6 * 256);
      }
      assertThat(sheet.getLastRowNum() - header).isEqualTo(week.seats().size());

      Row first = sheet.getRow(header + 1);
      Cell date = first.getCell(0);
      assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
      assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM);
      assertThat(first.getCell(4).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 11, 28, 0, 0));
      assertThat(first.getCell(5).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 11, 28, 8, 0));
      assertThat(first.getCell(6).getStringCellValue()).isEqualTo("点长");
      assertThat(first.getCell(8).getStringCellValue()).isEqualTo("余振华");
      assertThat(first.getCell(9).getStringCellValue()).isEqualTo("已排班");

      Row last = sheet.getRow(sheet.getLastRowNum());
      assertThat(last.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TO);
      assertThat(last.getCell(8).getStringCellValue()).isEmpty();
      assertThat(last.getCell(9).getStringCellValue()).isEqualTo("空缺");
      assertThat(workbook.getFontAt(last.getCell(9).getCellStyle().getFontIndex()).getBold())
          .isTrue();
    }
  }

  @Test
  void moreThanSevenDaysIsNotAWeek() {
    PostDuties tooLong = new PostDuties(week.post(), FROM, FROM.plusDays(7), List.of());
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> report.render(tooLong, PrintoutFormat.PDF, Language.ZH, "x", GENERATED_AT));
  }

  @Test
  void aWeekWithoutSeatsStillPrintsItsShifts() throws IOException {
    PostDuties empty = new PostDuties(week.post(), FROM, TO, List.of());
    String text =
        RosterFixtures.pdfText(
            report.render(empty, PrintoutFormat.PDF, Language.ZH, "余振华", GENERATED_AT));
    assertThat(text).contains("值守排班表", "00:00–08:00", "共 0 个席位,其中空缺 0 个", "1 / 1");
  }

  static List<String> texts(Row row) {
    List<String> out = new java.util.ArrayList<>();
    row.forEach(cell -> out.add(cell.getStringCellValue()));
    return out;
  }
}
