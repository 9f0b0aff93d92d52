package org.shaodian.grids.internal.register.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.shaodian.grids.internal.register.RegisterColumn;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a register spreadsheet (XLSX) as a stream: the first sheet, its first row the headings, one
 * resident a row after it. Memory stays flat with the file's size (POI's SAX event API, the shared
 * strings in an encrypted temporary file: {@link SheetStrings}); cells are read as the text they
 * show. Empty rows are skipped.
 */
public final class RegisterSheet {

  /** A sheet's columns, by position. */
  public record Layout(Map<Integer, RegisterColumn> columns) {}

  /** One row: its number as the spreadsheet shows it (from 2) and its cells by column. */
  public record Row(int number, Map<RegisterColumn, String> cells) {

    public String get(RegisterColumn column) {
      String value = cells.get(column);
      return value == null ? "" : value.strip();
    }
  }

  private RegisterSheet() {}

  /**
   * The layout of a sheet, from its heading row: a 400 problem naming every required column that is
   * missing and every heading nobody knows (fields {@code columns}); 400 too for a file that is not
   * an XLSX spreadsheet.
   */
  public static Layout layout(Path xlsx) {
    Layout[] found = new Layout[1];
    try {
      parse(
          xlsx,
          new Collector(
              layout -> {
                found[0] = layout;
                throw new Stop();
              },
              row -> {}));
    } catch (Stop stop) {
      return found[0];
    }
    throw Problem.invalid(
        "file",
        Text.of("表格为空:第一行应为列名", "the sheet is empty: its first row must hold the headings"));
  }

  /**
   * Every row after the headings, in order, to {@code each} as it is parsed: nothing of the sheet
   * is held but the row at hand, whatever the file's size.
   */
  public static void read(Path xlsx, Consumer<Row> each) {
    parse(xlsx, new Collector(layout -> {}, each));
  }

  private static void parse(Path xlsx, Collector collector) {
    try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
        SheetStrings strings = SheetStrings.of(pkg)) {
      XSSFReader reader = new XSSFReader(pkg);
      StylesTable styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw notASpreadsheet();
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader xml = SAXHelper.newXMLReader();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(styles, null, strings, collector, new TextFormatter(), false));
        xml.parse(new InputSource(sheet));
      }
    } catch (Stop | Problem stop) {
      throw stop;
    } catch (NotOfficeXmlFileException | InvalidFormatException | EmptyFileException e) {
      throw notASpreadsheet();
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | org.apache.poi.UnsupportedFileFormatException
        | org.apache.poi.ooxml.POIXMLException e) {
      throw notASpreadsheet();
    }
  }

  private static Problem notASpreadsheet() {
    return Problem.invalid(
        "file",
        Text.of(
            "不是有效的 XLSX 表格(旧版 .xls 请另存为 .xlsx)",
            "not an XLSX spreadsheet (save an old .xls as .xlsx)"));
  }

  /** Ends a parse early once the headings are read. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** Cells as shown: numbers without a trailing .0, dates as the sheet formats them. */
  private static final class TextFormatter extends org.apache.poi.ss.usermodel.DataFormatter {
    TextFormatter() {
      super(java.util.Locale.ROOT);
    }
  }

  /** Turns cell events into the layout and rows. */
  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final java.util.function.Consumer<Layout> onLayout;
    private final java.util.function.Consumer<Row> onRow;
    private Map<Integer, RegisterColumn> columns;
    private Map<Integer, String> cells = new HashMap<>();
    private int rowNumber;

    Collector(
        java.util.function.Consumer<Layout> onLayout, java.util.function.Consumer<Row> onRow) {
      this.onLayout = onLayout;
      this.onRow = onRow;
    }

    @Override
    public void startRow(int rowNum) {
      rowNumber = rowNum + 1;
      cells = new HashMap<>();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      if (value != null && !value.isBlank()) {
        cells.put((int) new CellReference(reference).getCol(), value);
      }
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.isEmpty()) {
        return;
      }
      if (columns == null) {
        columns = headings(cells);
        onLayout.accept(new Layout(columns));
        return;
      }
      Map<RegisterColumn, String> byColumn = new EnumMap<>(RegisterColumn.class);
      cells.forEach(
          (index, value) -> {
            RegisterColumn column = columns.get(index);
            if (column != null) {
              byColumn.put(column, value);
            }
          });
      onRow.accept(new Row(rowNumber, byColumn));
    }

    @Override
    public void headerFooter(String text, boolean isHeader, String tagName) {}
  }

  /** The columns the heading row names: every wrong heading and missing column in one 400. */
  static Map<Integer, RegisterColumn> headings(Map<Integer, String> cells) {
    Map<Integer, RegisterColumn> columns = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    cells.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            cell -> {
              String at = CellReference.convertNumToColString(cell.getKey()) + "1";
              RegisterColumn.byHeading(cell.getValue())
                  .ifPresentOrElse(
                      column -> {
                        if (columns.containsValue(column)) {
                          errors.add(
                              new FieldError(
                                  "columns",
                                  Text.of(
                                      at + ":列“" + cell.getValue() + "”重复",
                                      at + ": column \"" + cell.getValue() + "\" appears twice")));
                        }
                        columns.put(cell.getKey(), column);
                      },
                      () ->
                          errors.add(
                              new FieldError(
                                  "columns",
                                  Text.of(
                                      at + ":未知的列“" + cell.getValue() + "”",
                                      at + ": unknown column \"" + cell.getValue() + "\""))));
            });
    for (RegisterColumn column : RegisterColumn.values()) {
      if (column.isRequired() && !columns.containsValue(column)) {
        errors.add(
            new FieldError(
                "columns",
                Text.of(
                    "缺少列“" + column.heading() + "”",
                    "missing column \"" + column.heading() + "\"")));
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return columns;
  }
}
