package org.shaodian.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.i18n.Language;

/** The daily briefing through the real templates, read back with PDFBox, and as a workbook. */
class DailyBriefingReportTest {

  private static DailyBriefingReport report;
  private static byte[] pdf;
  private static String zh;

  @BeforeAll
  static void render() throws IOException {
    report = new DailyBriefingReport(new ReportTemplates());
    long start = System.nanoTime();
    pdf = report.render(BriefingFixtures.town(true), Language.ZH, "寿昌镇指挥部");
    System.out.printf(
        "daily briefing PDF: %d ms (templates compiled), %d bytes%n",
        (System.nanoTime() - start) / 1_000_000, pdf.length);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "daily-briefing-sample.pdf"), pdf);
    zh = RosterFixtures.pdfText(pdf);
  }

  @Test
  void theTownsBriefingReadsAsABulletinInChinese() {
    assertThat(zh)
        .contains("寿昌镇疫情防控每日简报")
        .contains("2026年11月28日 星期六")
        .contains("数据截至 2026-11-28 24:00")
        .contains("一、卡口查验", "二、值守排班", "三、网格管理", "四、重点场所", "五、分区情况", "六、四色网格图");
  }

  @Test
  void theHeadlineComparesEachFigureWithTheDayBefore() {
    assertThat(zh).contains("1,778", "查验车辆(辆)", "较前日 +76");
    assertThat(zh).contains("新增返乡登记(人)", "较前日 −7");
    assertThat(zh).contains("逾期未办诉求(件)", "与前日持平");
  }

  @Test
  void theTablesCarryTheFiguresWithTotals() {
    assertThat(zh).contains("杭千高速寿昌出口卡口", "30,512", "1:35");
    assertThat(zh).contains("合计").contains("1,778"); // 1284 + 406 + 88
    assertThat(zh).contains("寿昌大桥临时卡口 · 第1班");
    assertThat(zh).contains("移交属地居家健康管理");
    assertThat(zh).contains("督查问题:当日发现 1 个;截至日终待整改 1 个,已整改待销号 1 个。");
    assertThat(zh).contains("各村/社区情况", "寿昌村", "石屏村", "寿昌镇(本级)", "19/20", "2/2");
  }

  @Test
  void itFillsAFewPages() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isBetween(2, 5);
    }
  }

  @Test
  void anEmptyDaySaysSoInWords() throws IOException {
    String text =
        RosterFixtures.pdfText(
            report.render(BriefingFixtures.quietVillage(), Language.ZH, "admin"));
    assertThat(text)
        .contains("新村疫情防控每日简报")
        .contains("当日无查验记录")
        .contains("当日无值守岗位班次")
        .contains("辖区内无重点场所")
        .contains("辖区网格过多")
        .doesNotContain("五、分区情况");
  }

  @Test
  void englishOnRequest() throws IOException {
    byte[] en = report.render(BriefingFixtures.town(false), Language.EN, "admin");
    String text = RosterFixtures.pdfText(en);
    assertThat(text)
        .contains("Shouchang daily epidemic-prevention briefing")
        .contains("Saturday 28 November 2026")
        .contains("1. Checkpoint inspections", "+76 on the day before");
  }

  @Test
  void theWorkbookHoldsTheSameFiguresAsNumbers() throws IOException {
    byte[] xlsx = DailyBriefingWorkbook.write(BriefingFixtures.town(false), Language.ZH, "admin");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(8);
      Sheet summary = workbook.getSheetAt(0);
      assertThat(summary.getSheetName()).isEqualTo("概要");
      // title and 3 lines, a blank row, the header row (5), then the figures
      assertThat(summary.getRow(6).getCell(0).getStringCellValue()).isEqualTo("查验车辆(辆)");
      assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(1778);
      assertThat(summary.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(76);
      Sheet checkpoints = workbook.getSheet("卡口查验");
      int header = 6; // title and 4 lines, a blank row
      assertThat(checkpoints.getRow(header).getCell(6).getStringCellValue()).isEqualTo("每车用时中位");
      assertThat(checkpoints.getRow(header + 1).getCell(0).getStringCellValue())
          .isEqualTo("杭千高速寿昌出口卡口");
      assertThat(checkpoints.getRow(header + 1).getCell(6).getNumericCellValue()).isEqualTo(95);
    }
  }
}
