package org.shaodian.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles, fills and exports templates/people.jrxml, then reads the PDF back with PDFBox. */
class PeopleTemplateTest {

  private static final String TEMPLATE = "/templates/people.jrxml";

  private static final String[] NAMES = {
    "余振华", "温军", "吴凤英", "李官", "刘乐光", "高根良", "黄有根", "方正平", "徐建国", "周秀兰",
    "王志强", "陈美玲", "杨卫东", "赵丽华", "孙德胜", "朱桂芳", "胡海涛", "郭春梅", "何永生", "林晓燕",
    "罗国庆", "梁淑珍", "宋金龙", "郑玉兰", "谢文彬", "韩雪梅", "唐志刚", "冯秀英", "董建军", "萧红",
    "程宏伟", "曹丽娟", "袁立新", "邓桂英", "许明辉", "傅晓明", "沈玉梅", "曾宪平", "彭丽萍", "吕长青"
  };

  private static final String[] AFFILIATIONS = {
    "寿昌镇人民政府", "寿昌镇卫生院", "城西村村民委员会", "寿昌派出所", "寿昌镇社区卫生服务中心（志愿者服务队）"
  };

  private static final String[] QUALIFICATIONS = {
    "核酸采样", "", "急救员证", "核酸采样；流行病学调查；急救员证；心理疏导培训结业（2022 年第二期）", "驾驶证 C1", "消毒消杀"
  };

  private static JasperReport report;
  private static long compileMillis;

  @BeforeAll
  static void compile() throws Exception {
    long start = System.nanoTime();
    try (InputStream jrxml = PeopleTemplateTest.class.getResourceAsStream(TEMPLATE)) {
      assertThat(jrxml).as(TEMPLATE + " on the classpath").isNotNull();
      report = JasperCompileManager.compileReport(jrxml);
    }
    compileMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("people.jrxml: compile %d ms%n", compileMillis);
  }

  @Test
  void fortyChinesePeopleSpanPagesWithEmbeddedNotoSansSc() throws Exception {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int i = 0; i < NAMES.length; i++) {
      Map<String, Object> row = new HashMap<>();
      row.put("name", NAMES[i]);
      row.put("affiliation", AFFILIATIONS[i % AFFILIATIONS.length]);
      row.put("partyMember", i % 3 == 0 ? "是" : "否");
      row.put(
          "phone", i == 0 ? "138****5678" : String.format("13%d****%04d", i % 10, 1000 + i * 37));
      row.put("qualifications", QUALIFICATIONS[i % QUALIFICATIONS.length]);
      row.put("region", i % 2 == 0 ? "寿昌镇 城西村" : "寿昌镇 第三网格");
      rows.add(row);
    }

    Map<String, Object> params = new HashMap<>();
    params.put("TITLE", "寿昌镇 值守力量名册");
    params.put("REGION_NAME", "寿昌镇");
    params.put("GENERATED_AT", "2026-11-28 19:52");
    params.put("GENERATED_BY", "制表：余振华");
    params.put("TOTAL_LABEL", "共 " + rows.size() + " 人");
    params.put("COL_NAME", "姓名");
    params.put("COL_AFFILIATION", "单位");
    params.put("COL_PARTY", "党员");
    params.put("COL_PHONE", "联系电话");
    params.put("COL_QUALIFICATIONS", "资质");
    params.put("COL_REGION", "所属区域");
    params.put("FOOTNOTE", "个人信息已脱敏");

    long start = System.nanoTime();
    JasperPrint print =
        JasperFillManager.fillReport(report, params, new JRMapCollectionDataSource(rows));
    long fillMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    byte[] pdf = JasperExportManager.exportReportToPdf(print);
    long exportMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "people.jrxml: fill %d ms, PDF export %d ms, %d pages, %d bytes%n",
        fillMillis, exportMillis, print.getPages().size(), pdf.length);

    Path out = Path.of("target", "people-sample.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(2);

      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("寿昌镇 值守力量名册", "2026-11-28 19:52", "制表：余振华")
          .contains("姓名", "单位", "党员", "联系电话", "资质", "所属区域")
          .contains("138****5678", "个人信息已脱敏", "共 40 人")
          .contains("1 / " + pages, pages + " / " + pages)
          .contains(NAMES);

      Set<String> fontNames = new LinkedHashSet<>();
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          fontNames.add(resources.getFont(name).getName());
        }
      }
      System.out.println("people.jrxml: fonts " + fontNames);
      assertThat(fontNames).isNotEmpty().allMatch(name -> name.contains("NotoSansSC"));
    }
  }

  @Test
  void englishLabelsWrapInTheirCells() throws Exception {
    Map<String, Object> params = englishParams();
    params.put("TOTAL_LABEL", "Total: 2 people");
    List<Map<String, ?>> rows =
        List.of(
            Map.of(
                "name", "Yu Zhenhua",
                "affiliation", "Shouchang Town Health Centre",
                "partyMember", "Yes",
                "phone", "138****5678",
                "qualifications", "Swab sampling; epidemiological survey; first-aid certificate",
                "region", "Chengxi Village"),
            Map.of("name", "温军", "partyMember", "No", "phone", "139****0001"));

    byte[] pdf = fillToPdf(params, rows);
    Files.write(Path.of("target", "people-sample-en.pdf"), pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Shouchang Town — People on Duty", "Qualifications", "Yu Zhenhua", "温军")
          .contains("Total: 2 people", "Personal data masked", "1 / 1");
    }
  }

  @Test
  void emptyRosterStillPrintsHeadersAndTotal() throws Exception {
    Map<String, Object> params = englishParams();
    params.put("TOTAL_LABEL", "Total: 0");

    byte[] pdf = fillToPdf(params, List.of());

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Shouchang Town — People on Duty", "Qualifications", "Total: 0", "1 / 1");
    }
  }

  private static Map<String, Object> englishParams() {
    Map<String, Object> params = new HashMap<>();
    params.put("TITLE", "Shouchang Town — People on Duty");
    params.put("REGION_NAME", "Shouchang Town");
    params.put("GENERATED_AT", "Generated 2026-11-28 19:52");
    params.put("GENERATED_BY", "by Yu Zhenhua");
    params.put("COL_NAME", "Name");
    params.put("COL_AFFILIATION", "Affiliation");
    params.put("COL_PARTY", "Party member");
    params.put("COL_PHONE", "Phone");
    params.put("COL_QUALIFICATIONS", "Qualifications");
    params.put("COL_REGION", "Region");
    params.put("FOOTNOTE", "Personal data masked");
    return params;
  }

  private static byte[] fillToPdf(Map<String, Object> params, List<Map<String, ?>> rows)
      throws Exception {
    JasperPrint print =
        JasperFillManager.fillReport(report, params, new JRMapCollectionDataSource(rows));
    return JasperExportManager.exportReportToPdf(print);
  }
}
