package org.shaodian.reporting.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.shaodian.checkpoints.api.KeyPlacePatrolCounts;
import org.shaodian.grids.api.GridFigures;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.reporting.internal.DailyBriefing.Area;
import org.shaodian.reporting.internal.DailyBriefing.CheckpointLine;
import org.shaodian.reporting.internal.DailyBriefing.Outcome;
import org.shaodian.reporting.internal.DailyBriefing.ShiftLine;
import org.shaodian.rosters.api.Coverage;

/**
 * The daily briefing's tables in words: one list, in the order the briefing reads, that the PDF
 * prints as its sections and the workbook as its sheets — so both always carry the same figures
 * under the same headings. Cells are {@link Long}, {@link String}, {@link Duration} (a median time)
 * or null.
 */
final class BriefingTables {

  /** Which section a table belongs to, in the briefing's order. */
  enum Section {
    CHECKPOINTS(Text.of("一、卡口查验", "1. Checkpoint inspections")),
    ROSTERS(Text.of("二、值守排班", "2. Duty rosters")),
    GRIDS(Text.of("三、网格管理", "3. Grid work")),
    KEY_PLACES(Text.of("四、重点场所", "4. Key places")),
    AREAS(Text.of("五、分区情况", "5. By area")),
    MAP(Text.of("六、四色网格图", "6. Four-colour grid map"));

    final Text heading;

    Section(Text heading) {
      this.heading = heading;
    }
  }

  /**
   * One table: its section, a caption, a sheet name (at most 31 characters), the headings (the
   * first of the label column), its rows, and what to say when it has none.
   */
  record Table(
      Section section,
      String caption,
      String sheet,
      List<String> headings,
      List<Row> rows,
      String empty) {}

  /** A row: its label and its cells; a total is set apart. */
  record Row(String label, List<Object> cells, boolean total) {}

  static final Text TOTAL = Text.of("合计", "Total");
  static final Text NO_INSPECTIONS = Text.of("当日无查验记录", "No inspections that day");

  private BriefingTables() {}

  static List<Table> of(DailyBriefing b, Language lang) {
    List<Table> tables = new ArrayList<>();
    tables.add(checkpoints(b, lang));
    tables.add(shifts(b, lang));
    tables.add(outcomes(b, lang));
    tables.add(posts(b, lang));
    tables.add(grids(b, lang));
    tables.add(keyPlaces(b, lang));
    if (!b.areas().isEmpty()) {
      tables.add(areas(b, lang));
    }
    return tables;
  }

  private static Table checkpoints(DailyBriefing b, Language lang) {
    List<Row> rows = new ArrayList<>();
    long[] sums = new long[5];
    for (CheckpointLine c : b.checkpoints()) {
      rows.add(
          new Row(
              c.name(),
              cells(
                  c.vehicles(),
                  c.pedestrians(),
                  c.people(),
                  c.vehiclesToDate(),
                  c.peopleToDate(),
                  c.medianSeconds() == null ? null : Duration.ofSeconds(c.medianSeconds())),
              false));
      sums[0] += c.vehicles();
      sums[1] += c.pedestrians();
      sums[2] += c.people();
      sums[3] += c.vehiclesToDate();
      sums[4] += c.peopleToDate();
    }
    if (rows.size() > 1) {
      rows.add(
          new Row(TOTAL.in(lang), cells(sums[0], sums[1], sums[2], sums[3], sums[4], null), true));
    }
    return new Table(
        Section.CHECKPOINTS,
        text("各卡口当日查验(累计自 ", "Each checkpoint's day (cumulative since ", lang)
            + b.cumulativeSince()
            + text(" 起)", ")", lang),
        text("卡口查验", "Checkpoints", lang),
        List.of(
            text("卡口", "Checkpoint", lang),
            text("车辆(辆)", "Vehicles", lang),
            text("行人(人)", "On foot", lang),
            text("人员(人)", "People", lang),
            text("累计车辆", "Vehicles to date", lang),
            text("累计人员", "People to date", lang),
            text("每车用时中位", "Median per vehicle", lang)),
        rows,
        NO_INSPECTIONS.in(lang));
  }

  private static Table shifts(DailyBriefing b, Language lang) {
    List<Row> rows = new ArrayList<>();
    for (ShiftLine s : b.shifts()) {
      rows.add(
          new Row(
              s.checkpoint() + text(" · 第" + s.shift() + "班", " · shift " + s.shift(), lang),
              cells(s.vehicles(), s.pedestrians(), s.people()),
              false));
    }
    return new Table(
        Section.CHECKPOINTS,
        text("分班次查验", "By shift", lang),
        text("分班次", "Shifts", lang),
        List.of(
            text("卡口 · 班次", "Checkpoint · shift", lang),
            text("车辆(辆)", "Vehicles", lang),
            text("行人(人)", "On foot", lang),
            text("人员(人)", "People", lang)),
        rows,
        NO_INSPECTIONS.in(lang));
  }

  private static Table outcomes(DailyBriefing b, Language lang) {
    List<Row> rows = new ArrayList<>();
    long inspections = 0;
    long people = 0;
    for (Outcome o : b.outcomes()) {
      rows.add(new Row(o.outcome().label().in(lang), cells(o.inspections(), o.people()), false));
      inspections += o.inspections();
      people += o.people();
    }
    rows.add(new Row(TOTAL.in(lang), cells(inspections, people), true));
    return new Table(
        Section.CHECKPOINTS,
        text("分流去向", "Where they were sent", lang),
        text("分流去向", "Outcomes", lang),
        List.of(
            text("去向", "Outcome", lang),
            text("车辆/行人", "Inspections", lang),
            text("人员(人)", "People", lang)),
        rows,
        NO_INSPECTIONS.in(lang));
  }

  private static Table posts(DailyBriefing b, Language lang) {
    List<Row> rows = new ArrayList<>();
    for (Coverage.PostCoverage post : b.coverage().posts()) {
      for (Coverage.ShiftCoverage shift : post.shifts()) {
        rows.add(new Row(post.name() + " · " + shift.label(), seats(shift.figures()), false));
      }
    }
    if (!rows.isEmpty()) {
      rows.add(new Row(TOTAL.in(lang), seats(b.coverage().totals()), true));
    }
    return new Table(
        Section.ROSTERS,
        text("各岗位班次到岗情况", "Seats per post and shift", lang),
        text("值守排班", "Rosters", lang),
        List.of(
            text("岗位 · 班次", "Post · shift", lang),
            text("应排", "Seats", lang),
            text("已排", "Filled", lang),
            text("空岗", "Empty", lang),
            text("已签到", "Signed in", lang),
            text("缺岗", "No-shows", lang)),
        rows,
        text("当日无值守岗位班次", "No shifts that day", lang));
  }

  private static List<Object> seats(Coverage.Figures f) {
    return cells(
        (long) f.seats(),
        (long) f.filled(),
        (long) f.open(),
        (long) f.signedIn(),
        (long) f.noShows());
  }

  private static Table grids(DailyBriefing b, Language lang) {
    GridFigures.Figures g = b.grids();
    List<Row> rows = new ArrayList<>();
    rows.add(
        row(text("返乡人员 · 当日新增登记", "Returnees registered that day", lang), g.returneesRegistered()));
    rows.add(row(text("返乡人员 · 累计在册", "Returnees in the ledger", lang), g.returneesTotal()));
    rows.add(row(text("居家隔离(人)", "Under home isolation", lang), g.underIsolation()));
    rows.add(row(text("居家观察(人)", "Under home observation", lang), g.underObservation()));
    rows.add(row(text("日常健康监测(人)", "Under daily health monitoring", lang), g.underMonitoring()));
    rows.add(row(text("应走访(次)", "Visits due", lang), g.visitsDue()));
    rows.add(row(text("已走访(次)", "Visits made", lang), g.visitsDone()));
    rows.add(row(text("逾期未检测(次)", "Tests overdue", lang), g.testsOverdue()));
    rows.add(row(text("民呼必应 · 当日受理", "Requests received", lang), g.requestsReceived()));
    rows.add(row(text("民呼必应 · 当日办结", "Requests resolved", lang), g.requestsResolved()));
    rows.add(row(text("民呼必应 · 逾期未办结", "Requests overdue", lang), g.requestsOverdue()));
    return new Table(
        Section.GRIDS,
        text("返乡登记、居家健康管理与民呼必应", "Returnees, home health management and requests", lang),
        text("网格管理", "Grids", lang),
        List.of(text("项目", "Item", lang), text("数量", "Count", lang)),
        rows,
        "");
  }

  private static Row row(String label, long value) {
    return new Row(label, cells(value), false);
  }

  private static Table keyPlaces(DailyBriefing b, Language lang) {
    List<Row> rows = new ArrayList<>();
    for (KeyPlacePatrolCounts.Line l : b.keyPlaces().lines()) {
      rows.add(new Row(l.regionName() + " · " + l.kindName(), patrols(l.figures()), false));
    }
    if (!rows.isEmpty()) {
      rows.add(new Row(TOTAL.in(lang), patrols(b.keyPlaces().totals()), true));
    }
    return new Table(
        Section.KEY_PLACES,
        text("重点场所每日一巡", "Key places' daily patrols", lang),
        text("重点场所", "Key places", lang),
        List.of(
            text("区域 · 类别", "Area · kind", lang),
            text("应巡", "Due", lang),
            text("已巡", "Patrolled", lang),
            text("未巡", "Not patrolled", lang),
            text("有问题", "With failures", lang),
            text("不合格项", "Items failed", lang)),
        rows,
        text("辖区内无重点场所", "No key places in the region", lang));
  }

  private static List<Object> patrols(KeyPlacePatrolCounts.Figures f) {
    return cells(f.places(), f.patrolled(), f.unpatrolled(), f.withFailures(), f.itemsFailed());
  }

  private static Table areas(DailyBriefing b, Language lang) {
    List<Row> rows = new ArrayList<>();
    for (Area a : b.areas()) {
      rows.add(
          new Row(
              a.region() == null
                  ? name(b.region(), lang) + text("(本级)", " (itself)", lang)
                  : name(a.region(), lang),
              cells(
                  a.vehicles(),
                  a.people(),
                  a.grids().returneesRegistered(),
                  a.grids().underHomeManagement(),
                  a.grids().visitsDone() + "/" + a.grids().visitsDue(),
                  a.grids().requestsOverdue(),
                  (long) a.seats().open(),
                  a.keyPlaces().patrolled() + "/" + a.keyPlaces().places()),
              false));
    }
    RegionLevel below =
        b.areas().stream()
            .map(Area::region)
            .filter(r -> r != null)
            .map(Region::level)
            .findFirst()
            .orElse(RegionLevel.VILLAGE);
    return new Table(
        Section.AREAS,
        text("各" + below.label().zh() + "情况", "Each " + below.label().en(), lang),
        text("分区情况", "Areas", lang),
        List.of(
            below.label().in(lang),
            text("车辆", "Vehicles", lang),
            text("人员", "People", lang),
            text("新增返乡", "Returnees", lang),
            text("居家管理", "At home", lang),
            text("走访 实/应", "Visits done/due", lang),
            text("逾期诉求", "Requests overdue", lang),
            text("空岗", "Empty seats", lang),
            text("场所 巡/应", "Places patrolled/due", lang)),
        rows,
        "");
  }

  static String name(Region region, Language lang) {
    return lang == Language.EN && region.nameEn() != null ? region.nameEn() : region.name();
  }

  private static List<Object> cells(Object... values) {
    List<Object> cells = new ArrayList<>();
    for (Object v : values) {
      cells.add(v instanceof Integer i ? Long.valueOf(i) : v);
    }
    return cells;
  }

  private static String text(String zh, String en, Language lang) {
    return Text.of(zh, en).in(lang);
  }
}
