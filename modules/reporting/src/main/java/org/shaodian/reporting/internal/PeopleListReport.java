package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.rosters.api.PersonView;

/**
 * 值守力量名册: the people who serve in a region, as a PDF. Phones are printed masked, like everywhere
 * else; the labels follow the caller's language.
 */
@ApplicationScoped
public class PeopleListReport {

  static final String TEMPLATE = "people";

  private static final Text TITLE = Text.of("值守力量名册", "People on duty");
  private static final Text GENERATED_AT = Text.of("制表时间:", "Generated: ");
  private static final Text GENERATED_BY = Text.of("制表人:", "By: ");
  private static final Text YES = Text.of("是", "yes");
  private static final Text NO = Text.of("否", "no");
  private static final Text FOOTNOTE =
      Text.of("个人信息已脱敏,请勿外传", "Personal data masked; do not pass on");
  private static final Map<String, Text> COLUMNS =
      Map.of(
          "COL_NAME", Text.of("姓名", "Name"),
          "COL_AFFILIATION", Text.of("来源单位", "Affiliation"),
          "COL_PARTY", Text.of("党员", "Party member"),
          "COL_PHONE", Text.of("联系电话", "Phone"),
          "COL_QUALIFICATIONS", Text.of("资质", "Qualifications"),
          "COL_REGION", Text.of("所属区域", "Home region"));
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject ReportTemplates templates;

  protected PeopleListReport() {}

  PeopleListReport(ReportTemplates templates) {
    this.templates = templates;
  }

  /** Renders the list; {@code people} are already filtered to what the caller may see. */
  public byte[] render(
      Region region,
      List<PersonView> people,
      Language language,
      String generatedBy,
      OffsetDateTime generatedAt) {
    String regionName =
        language == Language.EN && region.nameEn() != null ? region.nameEn() : region.name();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("TITLE", regionName + " " + TITLE.in(language));
    parameters.put("REGION_NAME", regionName + " (" + region.code() + ")");
    parameters.put("GENERATED_AT", GENERATED_AT.in(language) + TIME.format(generatedAt));
    parameters.put("GENERATED_BY", GENERATED_BY.in(language) + generatedBy);
    parameters.put(
        "TOTAL_LABEL",
        language == Language.EN ? "Total: " + people.size() : "共 " + people.size() + " 人");
    parameters.put("FOOTNOTE", FOOTNOTE.in(language));
    COLUMNS.forEach((key, label) -> parameters.put(key, label.in(language)));

    List<Map<String, ?>> rows = people.stream().<Map<String, ?>>map(p -> row(p, language)).toList();
    try {
      JasperPrint print =
          JasperFillManager.fillReport(
              templates.get(TEMPLATE), parameters, new JRMapCollectionDataSource(rows));
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      JasperExportManager.exportReportToPdfStream(print, pdf);
      return pdf.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException("cannot render the people list", e);
    }
  }

  private static Map<String, Object> row(PersonView person, Language language) {
    Map<String, Object> row = new HashMap<>();
    row.put("name", person.name());
    row.put("affiliation", person.affiliation().label().in(language));
    row.put("partyMember", (person.partyMember() ? YES : NO).in(language));
    row.put("phone", person.phone() == null ? "" : person.phone().masked());
    row.put(
        "qualifications",
        person.qualifications().stream()
            .map(q -> q.label().in(language))
            .collect(Collectors.joining(language == Language.EN ? ", " : "、")));
    row.put("region", person.homeRegionName());
    return row;
  }
}
