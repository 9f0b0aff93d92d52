package org.shaodian.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.sf.jasperreports.engine.JasperReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.PersonView;
import org.shaodian.rosters.api.Qualification;

/** Renders the people list through the real template and reads the PDF back with PDFBox. */
class PeopleListReportTest {

  private static final Region SHOUCHANG =
      new Region(
          RegionCode.of("330182107000"),
          "寿昌镇",
          "Shouchang Town",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182107000/");

  private static final OffsetDateTime GENERATED_AT =
      OffsetDateTime.of(2026, 11, 28, 19, 52, 0, 0, ZoneOffset.ofHours(8));

  private static final String[] NAMES = {
    "余振华", "温军", "吴凤英", "李官", "刘乐光", "高根良", "黄有根", "方正平", "徐建国", "周秀兰",
    "王志强", "陈美玲", "杨卫东", "赵丽华", "孙德胜", "朱桂芳", "胡海涛", "郭春梅", "何永生", "林晓燕",
    "罗国庆", "梁淑珍", "宋金龙", "郑玉兰", "谢文彬", "韩雪梅", "唐志刚", "冯秀英", "董建军", "萧红"
  };

  private static final String[] HOME_REGIONS = {"城西村", "寿昌村", "第三网格"};

  private static final List<Qualification> NONE = List.of();

  private static ReportTemplates templates;
  private static List<PersonView> people;
  private static List<String> fullPhones;
  private static String zhText;
  private static String enText;

  @BeforeAll
  static void render() throws IOException {
    people = new ArrayList<>();
    fullPhones = new ArrayList<>();
    Affiliation[] affiliations = {
      Affiliation.TOWN_CADRE,
      Affiliation.VILLAGE_CADRE,
      Affiliation.GRID_WORKER,
      Affiliation.MILITIA,
      Affiliation.POLICE,
      Affiliation.VOLUNTEER
    };
    for (int i = 0; i < NAMES.length; i++) {
      String phone = i == 0 ? "13957101234" : String.format("1%d%d5710%04d", 3 + i % 7, i % 10, i);
      fullPhones.add(phone);
      List<Qualification> qualifications =
          switch (i % 3) {
            case 0 -> List.of(Qualification.SWAB_SAMPLING, Qualification.FIRST_AID);
            case 1 -> List.of(Qualification.DRIVING);
            default -> NONE;
          };
      people.add(
          new PersonView(
              UUID.nameUUIDFromBytes(NAMES[i].getBytes(java.nio.charset.StandardCharsets.UTF_8)),
              NAMES[i],
              PhoneNumber.of(phone),
              affiliations[i % affiliations.length],
              i % 2 == 0,
              qualifications,
              RegionCode.of("33018210720" + (i % 3)),
              HOME_REGIONS[i % 3],
              true,
              1,
              GENERATED_AT.minusDays(30),
              GENERATED_AT.minusDays(1)));
    }

    templates = new ReportTemplates();
    PeopleListReport report = new PeopleListReport(templates);
    zhText = text(report.render(SHOUCHANG, people, Language.ZH, "余振华", GENERATED_AT));
    enText = text(report.render(SHOUCHANG, people, Language.EN, "Yu Zhenhua", GENERATED_AT));
  }

  private static String text(byte[] pdf) throws IOException {
    assertThat(pdf).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void thereAreThirtyPeopleWithDistinctPhones() {
    assertThat(people).hasSize(30);
    assertThat(fullPhones).doesNotHaveDuplicates();
    assertThat(people.get(0).phone().masked()).isEqualTo("139****1234");
  }

  @Test
  void chineseListHasTitleNamesAndTotal() {
    assertThat(zhText)
        .contains("寿昌镇 值守力量名册")
        .contains("330182107000")
        .contains("姓名", "来源单位", "党员", "联系电话", "资质", "所属区域")
        .contains("制表时间:2026-11-28 19:52", "制表人:余振华")
        .contains("共 30 人")
        .contains("个人信息已脱敏")
        .contains(NAMES);
  }

  @Test
  void chineseListUsesChineseLabels() {
    assertThat(zhText)
        .contains("镇街干部", "村社干部", "网格员", "基干民兵", "公安民警", "志愿者")
        .contains("核酸采样、急救", "驾驶")
        .contains("城西村", "寿昌村", "第三网格")
        .doesNotContain("town cadre", "People on duty", "Total:");
  }

  @Test
  void phonesArePrintedMaskedOnly() {
    for (String text : List.of(zhText, enText)) {
      assertThat(text).contains("139****1234");
      for (PersonView person : people) {
        assertThat(text).contains(person.phone().masked());
      }
      for (String phone : fullPhones) {
        assertThat(text).doesNotContain(phone);
        assertThat(text.replaceAll("\\s", "")).doesNotContain(phone);
      }
    }
  }

  @Test
  void englishListHasEnglishLabels() {
    assertThat(enText)
        .contains("People on duty")
        .contains("Shouchang Town")
        .doesNotContain("值守力量名册")
        .contains("Name", "Affiliation", "Party", "Phone", "Qualifications", "Home region")
        .contains("town cadre", "village cadre", "grid worker", "militia", "police", "volunteer")
        .contains("swab sampling, first aid", "driving")
        .contains("Generated: 2026-11-28 19:52", "By: Yu Zhenhua")
        .contains("Total: 30")
        .contains("Personal data masked")
        .doesNotContain("共 30 人", "镇街干部", "核酸采样");
  }

  @Test
  void englishListStillPrintsTheNamesAsGiven() {
    assertThat(enText).contains(NAMES);
  }

  @Test
  void templatesAreCompiledOnceAndCached() {
    JasperReport first = templates.get(PeopleListReport.TEMPLATE);
    JasperReport second = templates.get(PeopleListReport.TEMPLATE);
    assertThat(first).isNotNull().isSameAs(second);
  }

  @Test
  void anUnknownTemplateIsAClearError() {
    assertThatIllegalStateException()
        .isThrownBy(() -> templates.get("no-such-template"))
        .withMessageContaining("templates/no-such-template.jrxml");
  }
}
