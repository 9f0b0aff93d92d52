package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.rosters.api.DutyService.PostDuties;
import org.shaodian.rosters.api.DutyView;
import org.shaodian.rosters.api.PostView;
import org.shaodian.rosters.api.SeatState;

/**
 * 值守排班表: a post's week. As PDF, a grid of shifts (rows) by days (columns), each cell listing every
 * seat as "duty holder", open seats marked 空缺 in red; as XLSX, one row per seat. Holders by name
 * only: no phone numbers.
 */
@ApplicationScoped
public class PostWeekReport {

  static final String TEMPLATE = "post-week";

  /** The template's day columns. */
  static final int DAYS = 7;

  static final Text TITLE = Text.of("值守排班表", "Duty roster");
  private static final Text SHIFT = Text.of("班次", "Shift");
  private static final Text SHIFT_NO = Text.of("第%d班", "Shift %d");
  private static final Text NO_SHOW = Text.of("未到岗", "no-show");
  private static final Text TOTAL = Text.of("共 %d 个席位,其中空缺 %d 个", "%d seats, %d of them open");
  private static final Comparator<DutyView> SEAT_ORDER =
      Comparator.comparing(DutyView::date)
          .thenComparingInt(DutyView::shift)
          .thenComparing(DutyView::role)
          .thenComparingInt(DutyView::seat);

  @Inject ReportTemplates templates;

  protected PostWeekReport() {}

  PostWeekReport(ReportTemplates templates) {
    this.templates = templates;
  }

  /** The week as a file; {@code week} spans at most {@value #DAYS} days. */
  public byte[] render(
      PostDuties week,
      PrintoutFormat format,
      Language language,
      String generatedBy,
      OffsetDateTime generatedAt) {
    long days = ChronoUnit.DAYS.between(week.from(), week.to()) + 1;
    if (days < 1 || days > DAYS) {
      throw new IllegalArgumentException("a post's week is 1 to " + DAYS + " days: " + days);
    }
    List<DutyView> seats = week.seats().stream().sorted(SEAT_ORDER).toList();
    return switch (format) {
      case PDF -> pdf(week, seats, language, generatedBy, generatedAt);
      case XLSX -> xlsx(week, seats, language, generatedBy, generatedAt);
    };
  }

  private byte[] pdf(
      PostDuties week,
      List<DutyView> seats,
      Language language,
      String generatedBy,
      OffsetDateTime generatedAt) {
    PostView post = week.post();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("TITLE", title(post, language));
    parameters.put("REGION_NAME", region(post));
    parameters.put("PERIOD", PrintoutText.period(week.from(), week.to(), language));
    parameters.put("GENERATED_AT", PrintoutText.generatedAt(generatedAt, language));
    parameters.put("GENERATED_BY", PrintoutText.generatedBy(generatedBy, language));
    parameters.put("COL_SHIFT", SHIFT.in(language));
    for (int d = 0; d < DAYS; d++) {
      LocalDate date = week.from().plusDays(d);
      parameters.put(
          "DAY_" + (d + 1), date.isAfter(week.to()) ? "" : PrintoutText.day(date, language));
    }
    parameters.put("TOTAL_LABEL", total(seats, language));
    parameters.put("FOOTNOTE", PrintoutText.FOOTNOTE.in(language));

    // one row per shift: the post's shifts, then any that only past duties still name
    Map<Integer, String> shifts = new TreeMap<>();
    for (PostView.ShiftView shift : post.shifts()) {
      shifts.put(shift.no(), shift.label());
    }
    Map<Integer, Map<LocalDate, StringBuilder>> cells = new TreeMap<>();
    for (DutyView seat : seats) {
      shifts.putIfAbsent(seat.shift(), seat.shiftLabel());
      StringBuilder cell =
          cells
              .computeIfAbsent(seat.shift(), no -> new HashMap<>())
              .computeIfAbsent(seat.date(), date -> new StringBuilder());
      if (cell.length() > 0) {
        cell.append('\n');
      }
      cell.append(line(seat, language));
    }
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Map.Entry<Integer, String> shift : shifts.entrySet()) {
      Map<String, Object> row = new HashMap<>();
      row.put("shift", SHIFT_NO.in(language).formatted(shift.getKey()) + "\n" + shift.getValue());
      Map<LocalDate, StringBuilder> byDay = cells.getOrDefault(shift.getKey(), Map.of());
      for (int d = 0; d < DAYS; d++) {
        StringBuilder cell = byDay.get(week.from().plusDays(d));
        row.put("day" + (d + 1), cell == null ? "" : cell.toString());
      }
      rows.add(row);
    }
    return templates.pdf(TEMPLATE, parameters, rows);
  }

  /** A seat as one line of styled text: its duty and holder, or 空缺 in red. */
  private static String line(DutyView seat, Language language) {
    String role = escape(seat.role().label().in(language));
    if (seat.personName() == null || seat.state() == SeatState.OPEN) {
      return role + " " + red(SeatState.OPEN.label().in(language));
    }
    String holder = escape(seat.personName());
    if (seat.state() == SeatState.NO_SHOW) {
      return role + " " + holder + " " + red("(" + NO_SHOW.in(language) + ")");
    }
    return role + " " + holder;
  }

  private static String red(String text) {
    return "<style forecolor=\"#C00000\" isBold=\"true\">" + escape(text) + "</style>";
  }

  /** Text inside JasperReports' styled markup, which reads {@code <}, {@code >} and {@code &}. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private byte[] xlsx(
      PostDuties week,
      List<DutyView> seats,
      Language language,
      String generatedBy,
      OffsetDateTime generatedAt) {
    PostView post = week.post();
    boolean en = language == Language.EN;
    List<XlsxTable.Column> columns =
        List.of(
            new XlsxTable.Column(en ? "Date" : "日期", 12),
            new XlsxTable.Column(en ? "Day" : "星期", 7),
            new XlsxTable.Column(en ? "Shift" : "班次", 8),
            new XlsxTable.Column(en ? "Times" : "班次时间", 14),
            new XlsxTable.Column(en ? "Starts" : "开始", 17),
            new XlsxTable.Column(en ? "Ends" : "结束", 17),
            new XlsxTable.Column(en ? "Duty" : "岗位", 14),
            new XlsxTable.Column(en ? "Seat" : "席位", 6),
            new XlsxTable.Column(en ? "Holder" : "姓名", 14),
            new XlsxTable.Column(en ? "State" : "状态", 10));
    List<List<Object>> rows = new ArrayList<>();
    for (DutyView seat : seats) {
      String state = seat.state().label().in(language);
      List<Object> row = new ArrayList<>();
      row.add(seat.date());
      row.add(PrintoutText.weekday(seat.date(), language));
      row.add(seat.shift());
      row.add(seat.shiftLabel());
      row.add(seat.start().atZoneSameInstant(ShaodianTime.ZONE).toLocalDateTime());
      row.add(seat.end().atZoneSameInstant(ShaodianTime.ZONE).toLocalDateTime());
      row.add(seat.role().label().in(language));
      row.add(seat.seat());
      row.add(seat.personName());
      row.add(
          seat.state() == SeatState.OPEN || seat.state() == SeatState.NO_SHOW
              ? new XlsxTable.Alert(state)
              : state);
      rows.add(row);
    }
    return XlsxTable.write(
        TITLE.in(language),
        title(post, language),
        List.of(
            region(post) + "  " + PrintoutText.period(week.from(), week.to(), language),
            PrintoutText.generatedAt(generatedAt, language)
                + "  "
                + PrintoutText.generatedBy(generatedBy, language),
            total(seats, language)),
        columns,
        rows,
        PrintoutText.FOOTNOTE.in(language));
  }

  private static String title(PostView post, Language language) {
    return post.name() + " " + TITLE.in(language);
  }

  private static String region(PostView post) {
    return post.regionName() + " (" + post.region() + ")";
  }

  private static String total(List<DutyView> seats, Language language) {
    long open = seats.stream().filter(s -> s.state() == SeatState.OPEN).count();
    return TOTAL.in(language).formatted(seats.size(), open);
  }
}
