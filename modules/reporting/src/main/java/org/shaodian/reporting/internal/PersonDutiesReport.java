package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.rosters.api.DutyService.DutyHolder;
import org.shaodian.rosters.api.DutyService.PersonDuties;
import org.shaodian.rosters.api.DutyView;
import org.shaodian.rosters.api.SeatState;

/**
 * 个人值班表: a person's duties over some days, one line each (date, shift times, post, duty, state), as
 * PDF or XLSX. The person by name and home region only: no phone number.
 */
@ApplicationScoped
public class PersonDutiesReport {

  static final String TEMPLATE = "person-duties";

  static final Text TITLE = Text.of("个人值班表", "Duty list");
  private static final Text DATE = Text.of("日期", "Date");
  private static final Text SHIFT = Text.of("班次时间", "Shift");
  private static final Text POST = Text.of("点位", "Post");
  private static final Text ROLE = Text.of("岗位", "Duty");
  private static final Text STATE = Text.of("状态", "State");
  private static final Text TOTAL = Text.of("共 %d 班", "%d duties");

  @Inject ReportTemplates templates;

  protected PersonDutiesReport() {}

  PersonDutiesReport(ReportTemplates templates) {
    this.templates = templates;
  }

  /** The duties as a file, in the order they start. */
  public byte[] render(
      PersonDuties list,
      PrintoutFormat format,
      Language language,
      String generatedBy,
      OffsetDateTime generatedAt) {
    return switch (format) {
      case PDF -> pdf(list, language, generatedBy, generatedAt);
      case XLSX -> xlsx(list, language, generatedBy, generatedAt);
    };
  }

  private byte[] pdf(
      PersonDuties list, Language language, String generatedBy, OffsetDateTime generatedAt) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("TITLE", title(list.person(), language));
    parameters.put("REGION_NAME", list.person().homeRegionName());
    parameters.put("PERIOD", PrintoutText.period(list.from(), list.to(), language));
    parameters.put("GENERATED_AT", PrintoutText.generatedAt(generatedAt, language));
    parameters.put("GENERATED_BY", PrintoutText.generatedBy(generatedBy, language));
    parameters.put("COL_DATE", DATE.in(language));
    parameters.put("COL_SHIFT", SHIFT.in(language));
    parameters.put("COL_POST", POST.in(language));
    parameters.put("COL_ROLE", ROLE.in(language));
    parameters.put("COL_STATE", STATE.in(language));
    parameters.put("TOTAL_LABEL", TOTAL.in(language).formatted(list.duties().size()));
    parameters.put("FOOTNOTE", PrintoutText.FOOTNOTE.in(language));
    List<Map<String, ?>> rows = new ArrayList<>();
    for (DutyView duty : list.duties()) {
      Map<String, Object> row = new HashMap<>();
      row.put("date", duty.date() + " " + PrintoutText.weekday(duty.date(), language));
      row.put("shift", duty.shiftLabel());
      row.put("post", duty.postName());
      row.put("role", duty.role().label().in(language));
      row.put("state", duty.state().label().in(language));
      row.put("noShow", duty.state() == SeatState.NO_SHOW);
      rows.add(row);
    }
    return templates.pdf(TEMPLATE, parameters, rows);
  }

  private byte[] xlsx(
      PersonDuties list, Language language, String generatedBy, OffsetDateTime generatedAt) {
    boolean en = language == Language.EN;
    List<XlsxTable.Column> columns =
        List.of(
            new XlsxTable.Column(DATE.in(language), 12),
            new XlsxTable.Column(en ? "Day" : "星期", 7),
            new XlsxTable.Column(SHIFT.in(language), 14),
            new XlsxTable.Column(en ? "Starts" : "开始", 17),
            new XlsxTable.Column(en ? "Ends" : "结束", 17),
            new XlsxTable.Column(POST.in(language), 30),
            new XlsxTable.Column(ROLE.in(language), 14),
            new XlsxTable.Column(STATE.in(language), 10));
    List<List<Object>> rows = new ArrayList<>();
    for (DutyView duty : list.duties()) {
      String state = duty.state().label().in(language);
      List<Object> row = new ArrayList<>();
      row.add(duty.date());
      row.add(PrintoutText.weekday(duty.date(), language));
      row.add(duty.shiftLabel());
      row.add(duty.start().atZoneSameInstant(ShaodianTime.ZONE).toLocalDateTime());
      row.add(duty.end().atZoneSameInstant(ShaodianTime.ZONE).toLocalDateTime());
      row.add(duty.postName());
      row.add(duty.role().label().in(language));
      row.add(duty.state() == SeatState.NO_SHOW ? new XlsxTable.Alert(state) : state);
      rows.add(row);
    }
    return XlsxTable.write(
        TITLE.in(language),
        title(list.person(), language),
        List.of(
            list.person().homeRegionName()
                + "  "
                + PrintoutText.period(list.from(), list.to(), language),
            PrintoutText.generatedAt(generatedAt, language)
                + "  "
                + PrintoutText.generatedBy(generatedBy, language),
            TOTAL.in(language).formatted(list.duties().size())),
        columns,
        rows,
        PrintoutText.FOOTNOTE.in(language));
  }

  private static String title(DutyHolder person, Language language) {
    return person.name() + " " + TITLE.in(language);
  }
}
