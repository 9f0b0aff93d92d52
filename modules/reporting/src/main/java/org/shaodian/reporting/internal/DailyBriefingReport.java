package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shaodian.checkpoints.api.CheckpointTallies;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.reporting.internal.BriefingTables.Row;
import org.shaodian.reporting.internal.BriefingTables.Section;
import org.shaodian.reporting.internal.BriefingTables.Table;
import org.shaodian.reporting.internal.DailyBriefing.Headline;
import org.shaodian.reporting.internal.DailyBriefing.Outcome;

/**
 * 每日简报 as a PDF ({@code daily-briefing.jrxml}): a red-headed bulletin with six headline figures
 * against the day before, then the sections — tables ({@code briefing-table.jrxml}), the 7-day
 * trend and the day's outcomes as charts, the areas one level down and the four-colour map. Only
 * figures and the names of places and posts are printed: no personal data reaches it.
 */
@ApplicationScoped
public class DailyBriefingReport {

  static final String TEMPLATE = "daily-briefing";
  static final String TABLE_TEMPLATE = "briefing-table";

  /** The table subreport's figure columns. */
  static final int FIGURE_COLUMNS = 8;

  static final Text TITLE = Text.of("疫情防控每日简报", " daily epidemic-prevention briefing");

  private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE");
  private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

  @Inject ReportTemplates templates;

  protected DailyBriefingReport() {}

  /** Outside a container (the unit tests, the benchmark's bare fill). */
  public DailyBriefingReport(ReportTemplates templates) {
    this.templates = templates;
  }

  /** The briefing as a PDF, in a language, made by {@code generatedBy}. */
  public byte[] render(DailyBriefing b, Language lang, String generatedBy) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("TITLE", title(b, lang));
    parameters.put(
        "SUBTITLE",
        (lang == Language.EN ? EN_DAY : ZH_DAY)
            .withLocale(PrintoutText.locale(lang))
            .format(b.day()));
    parameters.put(
        "REGION_LINE", BriefingTables.name(b.region(), lang) + " (" + b.region().code() + ")");
    parameters.put("AS_OF_LINE", Text.of("数据截至 ", "Figures as of ").in(lang) + asOf(b));
    parameters.put(
        "GENERATED_LINE",
        PrintoutText.generatedAt(b.generatedAt(), lang)
            + "  "
            + PrintoutText.generatedBy(generatedBy, lang));
    parameters.put("FOOTNOTE", PrintoutText.FOOTNOTE.in(lang));
    parameters.put("TABLE_REPORT", templates.get(TABLE_TEMPLATE));
    headline(parameters, b.headline(), b.dayBefore(), lang);
    return templates.pdf(TEMPLATE, parameters, blocks(b, lang));
  }

  static String title(DailyBriefing b, Language lang) {
    return BriefingTables.name(b.region(), lang) + TITLE.in(lang);
  }

  /** {@code 2026-11-28 24:00} at the end of a day, the moment read while it lasts. */
  static String asOf(DailyBriefing b) {
    OffsetDateTime asOf = b.dataAsOf();
    if (asOf.toLocalTime().equals(LocalTime.MIDNIGHT) && asOf.toLocalDate().isAfter(b.day())) {
      return b.day() + " 24:00";
    }
    return PrintoutText.TIME.format(asOf);
  }

  private static final List<Text> HEADLINES =
      List.of(
          Text.of("查验车辆(辆)", "Vehicles inspected"),
          Text.of("查验人员(人)", "People inspected"),
          Text.of("新增返乡登记(人)", "Returnees registered"),
          Text.of("居家健康管理(人)", "Under home management"),
          Text.of("逾期未办诉求(件)", "Requests overdue"),
          Text.of("未销号督查问题(个)", "Findings open"));

  private static void headline(
      Map<String, Object> parameters, Headline today, Headline before, Language lang) {
    long[] now = values(today);
    long[] then = values(before);
    for (int i = 0; i < now.length; i++) {
      parameters.put("HL_VALUE_" + (i + 1), String.format("%,d", now[i]));
      parameters.put("HL_LABEL_" + (i + 1), headlineLabels(lang).get(i));
      parameters.put("HL_CHANGE_" + (i + 1), change(now[i] - then[i], lang));
    }
  }

  static List<String> headlineLabels(Language lang) {
    return HEADLINES.stream().map(t -> t.in(lang)).toList();
  }

  static long[] values(Headline h) {
    return new long[] {
      h.vehicles(),
      h.people(),
      h.returneesRegistered(),
      h.underHomeManagement(),
      h.requestsOverdue(),
      h.findingsOpen()
    };
  }

  /** 较前日 +12 / 较前日 −3 / 与前日持平. */
  static String change(long delta, Language lang) {
    if (delta == 0) {
      return Text.of("与前日持平", "same as the day before").in(lang);
    }
    String signed = (delta > 0 ? "+" : "−") + String.format("%,d", Math.abs(delta));
    return lang == Language.EN ? signed + " on the day before" : "较前日 " + signed;
  }

  /** The body, block by block, in the order the template prints them. */
  private List<Map<String, ?>> blocks(DailyBriefing b, Language lang) {
    List<Map<String, ?>> blocks = new ArrayList<>();
    Section current = null;
    for (Table table : BriefingTables.of(b, lang)) {
      String heading = null;
      if (table.section() != current) {
        current = table.section();
        heading = current.heading.in(lang);
        if (current == Section.CHECKPOINTS) {
          blocks.add(charts(b, lang, heading));
          heading = null;
        }
      }
      blocks.add(table(table, heading));
      if (table.section() == Section.ROSTERS) {
        blocks.add(block("NOTE", "note", findings(b, lang)));
      }
    }
    Map<String, Object> map = block("MAP", "heading", Section.MAP.heading.in(lang));
    map.put("map", b.map());
    map.put(
        "note",
        (b.map() == null
                ? Text.of(
                    "辖区网格过多,无法在一页中绘出四色图,请按村(社区)查阅。",
                    "Too many grids to draw on one page: see the map of each village.")
                : Text.of(
                    "红、黄、绿、白四色分别标示临时物资配送点、临时卡口、核酸检测点和临时管控通道;图例见图右上。",
                    "Red, yellow, green and white mark supply points, temporary checkpoints, testing"
                        + " points and restricted passages; the legend is at the top right."))
            .in(lang));
    blocks.add(map);
    return blocks;
  }

  private static String findings(DailyBriefing b, Language lang) {
    var f = b.findings();
    return lang == Language.EN
        ? "Supervision findings: "
            + f.found()
            + " found that day; "
            + f.awaitingRectification()
            + " awaiting rectification and "
            + f.awaitingClosure()
            + " awaiting closure at its end."
        : "督查问题:当日发现 "
            + f.found()
            + " 个;截至日终待整改 "
            + f.awaitingRectification()
            + " 个,已整改待销号 "
            + f.awaitingClosure()
            + " 个。";
  }

  private static Map<String, Object> table(Table table, String heading) {
    Map<String, Object> block = block("TABLE", "heading", heading);
    block.put("caption", table.caption());
    List<String> headings = table.headings();
    if (headings.size() > FIGURE_COLUMNS + 1) {
      throw new IllegalStateException("a briefing table has at most 8 figure columns");
    }
    for (int i = 0; i < headings.size(); i++) {
      block.put("h" + i, headings.get(i));
    }
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Row row : table.rows()) {
      Map<String, Object> r = new HashMap<>();
      r.put("label", row.label());
      r.put("total", row.total());
      for (int i = 0; i < row.cells().size(); i++) {
        r.put("v" + (i + 1), cell(row.cells().get(i)));
      }
      rows.add(r);
    }
    block.put("rows", rows);
    block.put("empty", table.empty());
    return block;
  }

  /** A cell as printed: figures with thousands separators, a median as m:ss. */
  static String cell(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof Long n) {
      return String.format("%,d", n);
    }
    if (value instanceof Duration d) {
      return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
    return value.toString();
  }

  private static Map<String, Object> charts(DailyBriefing b, Language lang, String heading) {
    String vehicles = Text.of("车辆", "vehicles").in(lang);
    String people = Text.of("人员", "people").in(lang);
    List<Map<String, ?>> trend = new ArrayList<>();
    for (CheckpointTallies.DayTotals d : b.trend()) {
      String day = d.day().format(DateTimeFormatter.ofPattern("MM-dd"));
      trend.add(Map.of("day", day, "series", vehicles, "value", d.vehicles()));
      trend.add(Map.of("day", day, "series", people, "value", d.people()));
    }
    List<Map<String, ?>> outcomes = new ArrayList<>();
    String inspections = Text.of("车辆/行人", "inspections").in(lang);
    for (Outcome o : b.outcomes()) {
      String label = o.outcome().label().in(lang);
      outcomes.add(Map.of("outcome", label, "series", inspections, "value", o.inspections()));
      outcomes.add(Map.of("outcome", label, "series", people, "value", o.people()));
    }
    Map<String, Object> block = block("CHARTS", "heading", heading);
    block.put("trend", trend);
    block.put("trendTitle", Text.of("近7日查验趋势", "Inspections, last 7 days").in(lang));
    block.put("outcomes", outcomes);
    block.put("outcomeTitle", Text.of("当日分流去向", "Where they were sent").in(lang));
    return block;
  }

  private static Map<String, Object> block(String kind, String key, String value) {
    Map<String, Object> block = new HashMap<>();
    block.put("kind", kind);
    block.put(key, value);
    return block;
  }
}
