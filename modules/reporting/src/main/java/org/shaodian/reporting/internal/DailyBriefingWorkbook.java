package org.shaodian.reporting.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.reporting.internal.BriefingTables.Row;
import org.shaodian.reporting.internal.BriefingTables.Table;

/**
 * 每日简报 as an XLSX workbook: the same figures as the PDF, for those who work on with them — a
 * summary sheet of the headline figures against the day before, then a sheet per table of the
 * briefing, figures as numbers (a median time in seconds).
 */
final class DailyBriefingWorkbook {

  private DailyBriefingWorkbook() {}

  static byte[] write(DailyBriefing b, Language lang, String generatedBy) {
    String title = DailyBriefingReport.title(b, lang) + " " + b.day();
    List<String> lines =
        List.of(
            BriefingTables.name(b.region(), lang) + " (" + b.region().code() + ")",
            Text.of("数据截至 ", "Figures as of ").in(lang) + DailyBriefingReport.asOf(b),
            PrintoutText.generatedAt(b.generatedAt(), lang)
                + "  "
                + PrintoutText.generatedBy(generatedBy, lang));
    List<XlsxTable.Sheet> sheets = new ArrayList<>();
    sheets.add(summary(b, lang, title, lines));
    for (Table table : BriefingTables.of(b, lang)) {
      List<XlsxTable.Column> columns = new ArrayList<>();
      for (int i = 0; i < table.headings().size(); i++) {
        String heading = table.headings().get(i);
        columns.add(new XlsxTable.Column(heading, i == 0 ? 36 : Math.max(12, width(heading))));
      }
      List<List<Object>> rows = new ArrayList<>();
      for (Row row : table.rows()) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.label());
        for (Object cell : row.cells()) {
          cells.add(cell instanceof Duration d ? (Object) d.toSeconds() : cell);
        }
        rows.add(cells);
      }
      List<String> sheetLines = new ArrayList<>(lines);
      sheetLines.add(0, table.section().heading.in(lang) + " · " + table.caption());
      sheets.add(new XlsxTable.Sheet(table.sheet(), title, sheetLines, columns, rows));
    }
    return XlsxTable.write(sheets, PrintoutText.FOOTNOTE.in(lang));
  }

  private static XlsxTable.Sheet summary(
      DailyBriefing b, Language lang, String title, List<String> lines) {
    long[] today = DailyBriefingReport.values(b.headline());
    long[] before = DailyBriefingReport.values(b.dayBefore());
    List<String> labels = DailyBriefingReport.headlineLabels(lang);
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < today.length; i++) {
      rows.add(List.of(labels.get(i), today[i], before[i], today[i] - before[i]));
    }
    return new XlsxTable.Sheet(
        Text.of("概要", "Summary").in(lang),
        title,
        lines,
        List.of(
            new XlsxTable.Column(Text.of("指标", "Figure").in(lang), 28),
            new XlsxTable.Column(b.day().toString(), 14),
            new XlsxTable.Column(b.day().minusDays(1).toString(), 14),
            new XlsxTable.Column(Text.of("变化", "Change").in(lang), 12)),
        rows);
  }

  /** A heading's width in characters, a Chinese character counting two. */
  private static int width(String heading) {
    return heading.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum() + 2;
  }
}
