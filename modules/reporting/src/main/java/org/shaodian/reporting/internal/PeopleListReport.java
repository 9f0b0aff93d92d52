package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
  private static final Text YES = Text.of("是", "yes");
  private static final Text NO = Text.of("否", "no");
  private static final Map<String, Text> COLUMNS =
      Map.of(
          "COL_NAME", Text.of("姓名", "Name"),
          "COL_AFFILIATION", Text.of("来源单位", "Affiliation"),
          "COL_PARTY", Text.of("党员", "Party member"),
          "COL_PHONE", Text.of("联系电话", "Phone"),
          "COL_QUALIFICATIONS", Text.of("资质", "Qualifications"),
          "COL_REGION", Text.of("所属区域", "Home region"));

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
    parameters.put("GENERATED_AT", PrintoutText.generatedAt(generatedAt, language));
    parameters.put("GENERATED_BY", PrintoutText.generatedBy(generatedBy, language));
    parameters.put(
        "TOTAL_LABEL",
        language == Language.EN ? "Total: " + people.size() : "共 " + people.size() + " 人");
    parameters.put("FOOTNOTE", PrintoutText.FOOTNOTE.in(language));
    COLUMNS.forEach((key, label) -> parameters.put(key, label.in(language)));

    List<Map<String, ?>> rows = people.stream().<Map<String, ?>>map(p -> row(p, language)).toList();
    return templates.pdf(TEMPLATE, parameters, rows);
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
