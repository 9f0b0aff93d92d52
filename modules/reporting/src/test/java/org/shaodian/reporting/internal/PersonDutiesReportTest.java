package org.shaodian.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.reporting.internal.RosterFixtures.FROM;
import static org.shaodian.reporting.internal.RosterFixtures.GENERATED_AT;
import static org.shaodian.reporting.internal.RosterFixtures.TO;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.rosters.api.DutyService.PersonDuties;

/** A person's duty list through the real template (read back with PDFBox) and as a workbook. */
class PersonDutiesReportTest {

  private static PersonDuties duties;
  private static PersonDutiesReport report;
  private static String zhText;
  private static byte[] xlsx;

  @BeforeAll
  static void render() throws IOException {
    duties = RosterFixtures.duties();
    report = new PersonDutiesReport(new ReportTemplates());
    byte[] pdf = report.render(duties, PrintoutFormat.PDF, Language.ZH, "温军", GENERATED_AT);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "person-duties-sample.pdf"), pdf);
    zhText = RosterFixtures.pdfText(pdf);
    xlsx = report.render(duties, PrintoutFormat.XLSX, Language.ZH, "温军", GENERATED_AT);
    Files.write(Path.of("target", "person-duties-sample.xlsx"), xlsx);
  }

  @Test
  void theListHasNamePeriodAndOneLinePerDuty() {
    assertThat(zhText)
        .contains("余振华 个人值班表")
        .contains("西湖村", "2026-11-28 至 2026-12-04")
        .contains("制表时间:2026-11-28 19:52", "制表人:温军")
        .contains("日期", "班次时间", "点位", "岗位", "状态")
        .contains("2026-11-28 周六", "2026-11-29 周日", "2026-12-04 周五")
        .contains("00:00–08:00", "08:00–16:00", "16:00–00:00")
        .contains("杭千高速寿昌出口卡口")
        .contains("点长", "组长", "查验员", "录入员")
        .contains("已签退", "已签到", "未到岗", "已排班")
        .contains("共 5 班")
        .contains("1 / 1");
  }

  @Test
  void theWorkbookHasTheDutiesWithRealDates() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("个人值班表");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("余振华 个人值班表");
      int header = 5;
      assertThat(PostWeekReportTest.texts(sheet.getRow(header)))
          .containsExactly("日期", "星期", "班次时间", "开始", "结束", "点位", "岗位", "状态");
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
          .isEqualTo((short) (header + 1));
      assertThat(sheet.getLastRowNum() - header).isEqualTo(5);
      Row first = sheet.getRow(header + 1);
      Cell date = first.getCell(0);
      assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
      assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("周六");
      assertThat(first.getCell(4).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 11, 28, 8, 0));
      assertThat(first.getCell(5).getStringCellValue()).isEqualTo("杭千高速寿昌出口卡口");
      assertThat(first.getCell(7).getStringCellValue()).isEqualTo("已签退");
      Row last = sheet.getRow(header + 5);
      assertThat(last.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TO);
      assertThat(last.getCell(6).getStringCellValue()).isEqualTo("录入员");
    }
  }

  @Test
  void anEmptyPeriodStillPrintsTheHeadings() throws IOException {
    PersonDuties none = new PersonDuties(duties.person(), FROM, TO, List.of());
    String text =
        RosterFixtures.pdfText(
            report.render(none, PrintoutFormat.PDF, Language.ZH, "温军", GENERATED_AT));
    assertThat(text).contains("余振华 个人值班表", "日期", "共 0 班", "1 / 1");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                report.render(none, PrintoutFormat.XLSX, Language.ZH, "温军", GENERATED_AT)))) {
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5);
    }
  }

  @Test
  void englishOnRequest() throws IOException {
    String text =
        RosterFixtures.pdfText(
            report.render(duties, PrintoutFormat.PDF, Language.EN, "Wen Jun", GENERATED_AT));
    assertThat(text)
        .contains("余振华 Duty list", "2026-11-28 Sat", "point leader", "signed out", "no-show")
        .contains("5 duties", "By: Wen Jun")
        .doesNotContain("个人值班表", "已签退");
  }
}
