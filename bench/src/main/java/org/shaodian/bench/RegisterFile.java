package org.shaodian.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shaodian.grids.internal.register.RegisterColumn;
import org.shaodian.kernel.api.i18n.Language;

/**
 * A grid's register as a grid worker would upload it: the import's headings ({@link
 * RegisterColumn}, in its order), one resident a row, households of 1–5 ({@link
 * ResidentData.Households}) filling dwellings of buildings {@code 1幢}, {@code 2幢} … of two units
 * with two rooms a floor, about {@code perBuilding} residents a building. Every row is valid. ID
 * numbers use the sequence numbers 900–999, which {@link ResidentData} leaves free, so they are
 * never someone the loader registered; two files share {@code used} to stay apart. Written as Excel
 * and WPS write a sheet: text cells in a shared strings table.
 */
final class RegisterFile {

  /** First sequence number (digits 15–17) of the ID numbers in spreadsheets. */
  static final int FIRST_SEQUENCE = ResidentData.LOADED_SEQUENCES;

  /** One row: where the resident lives, and who they are. */
  record Line(String building, String unit, String room, ResidentData.Person person) {

    String dwellingKey() {
      return building + "/" + unit + "/" + room;
    }
  }

  private final List<Line> lines;

  private RegisterFile(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  /** {@code residents} residents, about {@code perBuilding} a building. */
  static RegisterFile generate(
      int residents, int perBuilding, long seed, Set<Long> used, LocalDate today) {
    ResidentData.Households households =
        new ResidentData.Households(seed, used, FIRST_SEQUENCE, 1000 - FIRST_SEQUENCE, today);
    // dwellings a building: about perBuilding residents at 2.55 a household, 2 units × 2 rooms
    int floors = Math.max(1, (int) Math.ceil(perBuilding / 2.55 / 4));
    ResidentData.Layout layout = new ResidentData.Layout(2, floors, 2);
    List<Line> lines = new ArrayList<>(residents);
    int left = residents;
    for (int building = 1; left > 0; building++) {
      String name = building + "幢";
      for (int d = 0; d < layout.dwellings() && left > 0; d++) {
        int size = Math.min(left, households.size());
        for (ResidentData.Person person : households.household(size)) {
          lines.add(new Line(name, layout.unit(d), layout.room(d), person));
        }
        left -= size;
      }
    }
    return new RegisterFile(lines);
  }

  List<Line> lines() {
    return lines;
  }

  int residents() {
    return lines.size();
  }

  int buildings() {
    Set<String> names = new LinkedHashSet<>();
    lines.forEach(l -> names.add(l.building()));
    return names.size();
  }

  int dwellings() {
    Set<String> keys = new LinkedHashSet<>();
    lines.forEach(l -> keys.add(l.dwellingKey()));
    return keys.size();
  }

  /** Writes the spreadsheet; its size in bytes. */
  long write(Path file) throws IOException {
    RegisterColumn[] columns = RegisterColumn.values();
    // shared strings, as Excel saves a sheet (SXSSF's default would write inline strings)
    SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 500, false, true);
    try (OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("居民登记表");
      Row heading = sheet.createRow(0);
      for (int c = 0; c < columns.length; c++) {
        heading.createCell(c).setCellValue(columns[c].heading());
      }
      int r = 1;
      for (Line line : lines) {
        Row row = sheet.createRow(r++);
        ResidentData.Person p = line.person();
        for (int c = 0; c < columns.length; c++) {
          String value =
              switch (columns[c]) {
                case BUILDING -> line.building();
                case UNIT -> line.unit();
                case ROOM -> line.room();
                case NAME -> p.name();
                case ID_NUMBER -> p.idNumber();
                case PHONE -> p.phone() == null ? "" : p.phone();
                case RELATION -> p.relation().label().in(Language.ZH);
                case ELDERLY_LIVING_ALONE -> p.elderlyLivingAlone() ? "是" : "";
                case NEEDS_HELP -> p.needsHelp() ? "是" : "";
                case PARTY_MEMBER -> p.partyMember() ? "是" : "";
                case SERVING_PARTY_MEMBER -> p.servingPartyMember() ? "是" : "";
              };
          if (!value.isEmpty()) {
            row.createCell(c).setCellValue(value);
          }
        }
      }
      book.write(out);
    } finally {
      book.close();
    }
    return Files.size(file);
  }
}
