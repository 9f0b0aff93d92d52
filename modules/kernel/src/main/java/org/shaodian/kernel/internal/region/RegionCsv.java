package org.shaodian.kernel.internal.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.web.Uploads;

/**
 * Reads a region list: CSV (RFC 4180) with a header row naming the columns {@code code} and {@code
 * name}, and optionally {@code nameEn} and {@code parentCode}, in any order. What a spreadsheet
 * writes is read as it is: a byte-order mark, blank lines (counted, so row numbers stay those the
 * spreadsheet shows), empty cells after the last column. Anything it cannot read as such a list is
 * a 400 before any row is looked at; what the rows say is checked by {@link RegionImport}.
 */
final class RegionCsv {

  static final String CODE = "code";
  static final String NAME = "name";
  static final String NAME_EN = "nameEn";
  static final String PARENT_CODE = "parentCode";

  private static final List<String> COLUMNS = List.of(CODE, NAME, NAME_EN, PARENT_CODE);
  private static final String HEADER = "header";

  // blank lines are records too, so that a row's number is its record's number
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private RegionCsv() {}

  /** The rows of a list sent in {@code charset}. */
  static List<RegionRow> read(byte[] body, Charset charset) {
    String text = decode(body, charset);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      records = parser.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw Problem.unreadable(
          Text.of(
              "文件不是有效的 CSV(是否有未闭合的引号?)",
              "The file is not valid CSV (is a quotation mark left open?)"));
    }
    if (records.isEmpty() || isBlank(records.get(0))) {
      throw Problem.invalid(
          HEADER,
          Text.of(
              "第 1 行须为列名,至少有 code 和 name", "row 1 must name the columns, at least code and name"));
    }
    Map<String, Integer> columns = columns(records.get(0));
    List<RegionRow> rows = new ArrayList<>();
    List<FieldError> tooWide = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      CSVRecord record = records.get(i);
      int row = i + 1;
      if (isBlank(record)) {
        continue;
      }
      for (int cell = columns.size(); cell < record.size(); cell++) {
        if (!record.get(cell).isBlank()) {
          tooWide.add(
              new FieldError(
                  "row " + row,
                  Text.of(
                      "单元格多于列名(" + columns.size() + " 列)",
                      "has more cells than the header has columns (" + columns.size() + ")")));
          break;
        }
      }
      rows.add(
          new RegionRow(
              row,
              cell(record, columns.get(CODE)),
              cell(record, columns.get(NAME)),
              cell(record, columns.get(NAME_EN)),
              cell(record, columns.get(PARENT_CODE))));
    }
    if (!tooWide.isEmpty()) {
      throw Problem.invalid(tooWide);
    }
    if (rows.isEmpty()) {
      throw Problem.invalid(
          "file", Text.of("文件中没有区域(只有列名)", "the file has no regions, only the header"));
    }
    return rows;
  }

  /** Where each known column is; the header must name code and name, and nothing unknown. */
  private static Map<String, Integer> columns(CSVRecord header) {
    Map<String, Integer> columns = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (name.isEmpty() && i == header.size() - 1 && i > 0) {
        continue; // a trailing delimiter
      }
      if (!COLUMNS.contains(name)) {
        errors.add(
            new FieldError(
                HEADER,
                Text.of(
                    "未知的列“" + name + "”(可用:" + String.join(", ", COLUMNS) + ")",
                    "unknown column \""
                        + name
                        + "\" (known: "
                        + String.join(", ", COLUMNS)
                        + ")")));
      } else if (columns.putIfAbsent(name, i) != null) {
        errors.add(
            new FieldError(
                HEADER, Text.of("列“" + name + "”出现了两次", "column \"" + name + "\" appears twice")));
      }
    }
    for (String required : List.of(CODE, NAME)) {
      if (!columns.containsKey(required)) {
        errors.add(
            new FieldError(
                HEADER,
                Text.of("缺少列“" + required + "”", "the column \"" + required + "\" is missing")));
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return columns;
  }

  private static String decode(byte[] body, Charset charset) {
    return Uploads.text(
        body,
        charset,
        Text.of(
            "文件不是 " + charset.name() + " 编码的文本(请在 Content-Type 中注明字符集,如 charset=GB18030)",
            "The file is not text in "
                + charset.name()
                + " (name its character set in Content-Type, e.g. charset=GB18030)"));
  }

  private static String cell(CSVRecord record, Integer column) {
    if (column == null || column >= record.size()) {
      return null;
    }
    String value = record.get(column).strip();
    return value.isEmpty() ? null : value;
  }

  private static boolean isBlank(CSVRecord record) {
    return record.stream().allMatch(String::isBlank);
  }
}
