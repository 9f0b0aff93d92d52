package org.shaodian.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Compiles, fills and exports the roster templates (post-week.jrxml, person-duties.jrxml) with a
 * few sample rows, and reads the PDFs back: Chinese in embedded Noto Sans SC, the styled markup of
 * the week's cells rendered rather than printed, page numbers resolved.
 */
class RosterTemplatesTest {

  @Test
  void aPostsWeekPrintsItsGridWithStyledOpenSeats() throws Exception {
    Map<String, Object> params = new HashMap<>();
    params.put("TITLE", "杭千高速寿昌出口卡口 值守排班表");
    params.put("REGION_NAME", "寿昌镇 (330182107000)");
    params.put("PERIOD", "2026-11-28 至 2026-12-04");
    params.put("GENERATED_AT", "制表时间:2026-11-28 19:52");
    params.put("GENERATED_BY", "制表人:余振华");
    String[] days = {
      "11-28 周六", "11-29 周日", "11-30 周一", "12-01 周二", "12-02 周三", "12-03 周四", "12-04 周五"
    };
    for (int d = 0; d < days.length; d++) {
      params.put("DAY_" + (d + 1), days[d]);
    }
    params.put("TOTAL_LABEL", "共 4 个席位,其中空缺 1 个");
    params.put("FOOTNOTE", "个人信息已脱敏,请勿外传");
    String open = "<style forecolor=\"#C00000\" isBold=\"true\">空缺</style>";
    List<Map<String, ?>> rows =
        List.of(
            Map.of("shift", "第1班\n00:00–08:00", "day1", "点长 余振华\n采样员 " + open),
            Map.of("shift", "第2班\n08:00–16:00", "day7", "点长 温军\n查验员 吴凤英"));

    String text = text(fill("/templates/post-week.jrxml", params, rows));
    assertThat(text)
        .contains("杭千高速寿昌出口卡口 值守排班表", "寿昌镇 (330182107000)", "2026-11-28 至 2026-12-04")
        .contains("制表时间:2026-11-28 19:52", "制表人:余振华")
        .contains("班次", "11-28 周六", "12-04 周五")
        .contains("第1班", "00:00–08:00", "点长 余振华", "采样员 空缺", "查验员 吴凤英")
        .contains("共 4 个席位,其中空缺 1 个", "个人信息已脱敏", "1 / 1")
        .doesNotContain("<style", "forecolor");
  }

  @Test
  void aPersonsDutiesPrintOneLineEach() throws Exception {
    Map<String, Object> params = new HashMap<>();
    params.put("TITLE", "余振华 个人值班表");
    params.put("REGION_NAME", "西湖村");
    params.put("PERIOD", "2026-11-28 至 2026-12-04");
    params.put("GENERATED_AT", "制表时间:2026-11-28 19:52");
    params.put("GENERATED_BY", "制表人:温军");
    params.put("TOTAL_LABEL", "共 2 班");
    params.put("FOOTNOTE", "个人信息已脱敏,请勿外传");
    List<Map<String, ?>> rows =
        List.of(
            Map.of(
                "date", "2026-11-28 周六",
                "shift", "00:00–08:00",
                "post", "杭千高速寿昌出口卡口",
                "role", "点长",
                "state", "已签退",
                "noShow", false),
            Map.of(
                "date", "2026-11-30 周一",
                "shift", "16:00–00:00",
                "post", "西湖村防疫服务点",
                "role", "组长",
                "state", "未到岗",
                "noShow", true));

    String text = text(fill("/templates/person-duties.jrxml", params, rows));
    assertThat(text)
        .contains("余振华 个人值班表", "西湖村", "2026-11-28 至 2026-12-04")
        .contains("日期", "班次时间", "点位", "岗位", "状态")
        .contains("2026-11-28 周六", "00:00–08:00", "杭千高速寿昌出口卡口", "点长", "已签退")
        .contains("西湖村防疫服务点", "未到岗", "共 2 班", "制表人:温军", "1 / 1");
  }

  private static byte[] fill(String template, Map<String, Object> params, List<Map<String, ?>> rows)
      throws Exception {
    JasperReport report;
    try (InputStream jrxml = RosterTemplatesTest.class.getResourceAsStream(template)) {
      assertThat(jrxml).as(template + " on the classpath").isNotNull();
      report = JasperCompileManager.compileReport(jrxml);
    }
    JasperPrint print =
        JasperFillManager.fillReport(report, params, new JRMapCollectionDataSource(rows));
    return JasperExportManager.exportReportToPdf(print);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Set<String> fonts = new LinkedHashSet<>();
      PDResources resources = doc.getPage(0).getResources();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name).getName());
      }
      assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("NotoSansSC"));
      return new PDFTextStripper().getText(doc);
    }
  }
}
