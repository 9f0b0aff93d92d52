package org.shaodian.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one way a printout becomes an XLSX workbook (Apache POI): one sheet with a title block, a
 * header row that stays in view (frozen panes, an auto-filter, repeated on printed pages), fixed
 * column widths, and typed cells — dates and times as real Excel dates. Built whole in memory (a
 * printout is a few hundred rows), so a failure leaves no half-written file.
 */
final class XlsxTable {

  /** A column: its heading and its width in characters (a Chinese character counts two). */
  record Column(String heading, int width) {}

  /** A text to stand out (red, bold): an open seat, a no-show. */
  record Alert(String text) {}

  private XlsxTable() {}

  /**
   * One sheet: a title block over a table.
   *
   * @param title the first line, in large bold type
   * @param lines more lines under the title (what, where, when, who)
   */
  record Sheet(
      String name,
      String title,
      List<String> lines,
      List<Column> columns,
      List<List<Object>> rows) {}

  /**
   * The workbook as bytes. Cells: {@link String}, {@link LocalDate} (yyyy-mm-dd), {@link
   * LocalDateTime} (yyyy-mm-dd hh:mm), {@link Number}, {@link Alert}; {@code null} stays empty.
   *
   * @param footer printed at the foot of every page, left of the page number
   */
  static byte[] write(
      String sheetName,
      String title,
      List<String> lines,
      List<Column> columns,
      List<List<Object>> rows,
      String footer) {
    return write(List.of(new Sheet(sheetName, title, lines, columns, rows)), footer);
  }

  /**
   * A workbook of several sheets, in order, each as {@link #write(String, String, List, List, List,
   * String)} makes one.
   */
  static byte[] write(List<Sheet> sheets, String footer) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      for (Sheet s : sheets) {
        sheet(workbook, styles, s, footer);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the workbook " + sheets.get(0).name(), e);
    }
  }

  private static void sheet(XSSFWorkbook workbook, Styles styles, Sheet s, String footer) {
    List<Column> columns = s.columns();
    XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(s.name()));
    int last = columns.size() - 1;

    int r = 0;
    Cell titleCell = sheet.createRow(r).createCell(0);
    titleCell.setCellValue(s.title());
    titleCell.setCellStyle(styles.title);
    sheet.getRow(r).setHeightInPoints(24);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
    for (String line : s.lines()) {
      r++;
      Cell cell = sheet.createRow(r).createCell(0);
      cell.setCellValue(line);
      cell.setCellStyle(styles.meta);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
    }
    int headerRow = r + 2; // a blank row between the title block and the table
    Row header = sheet.createRow(headerRow);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(columns.get(c).heading());
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(c, columns.get(c).width() * 256);
    }

    r = headerRow;
    for (List<Object> values : s.rows()) {
      Row row = sheet.createRow(++r);
      for (int c = 0; c < values.size(); c++) {
        write(row.createCell(c), values.get(c), styles);
      }
    }

    sheet.createFreezePane(0, headerRow + 1);
    sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(r, headerRow), 0, last));
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, last));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.getFooter().setLeft(footer);
    sheet.getFooter().setRight("&P / &N"); // page / pages
  }

  private static void write(Cell cell, Object value, Styles styles) {
    if (value == null) {
      cell.setCellStyle(styles.text);
    } else if (value instanceof String text) {
      cell.setCellValue(text);
      cell.setCellStyle(styles.text);
    } else if (value instanceof Alert alert) {
      cell.setCellValue(alert.text());
      cell.setCellStyle(styles.alert);
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(styles.date);
    } else if (value instanceof LocalDateTime time) {
      cell.setCellValue(time);
      cell.setCellStyle(styles.dateTime);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(styles.number);
    } else {
      throw new IllegalArgumentException("no cell for " + value.getClass());
    }
  }

  /** A workbook's styles, made once each (Excel allows some 64,000 per workbook). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle meta;
    final CellStyle header;
    final CellStyle text;
    final CellStyle alert;
    final CellStyle number;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(XSSFWorkbook workbook) {
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(big);

      Font grey = workbook.createFont();
      grey.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
      meta = workbook.createCellStyle();
      meta.setFont(grey);

      Font bold = workbook.createFont();
      bold.setBold(true);
      header = bordered(workbook);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      text = bordered(workbook);

      Font red = workbook.createFont();
      red.setBold(true);
      red.setColor(IndexedColors.RED.getIndex());
      alert = bordered(workbook);
      alert.setFont(red);

      number = bordered(workbook);

      date = bordered(workbook);
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

      dateTime = bordered(workbook);
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
