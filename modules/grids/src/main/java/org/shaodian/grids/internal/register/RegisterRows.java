package org.shaodian.grids.internal.register;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.grids.api.ResidentFlag;
import org.shaodian.grids.internal.register.sheet.RegisterSheet;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.text.TextRules;

/**
 * The rows of a register spreadsheet checked one by one as they are read, with the same rules as a
 * resident sent over the API: each row becomes a resident to import or the errors that keep it out,
 * named by row number and column heading as the grid worker sees them in the sheet. Of the rows
 * before, it remembers only which ID numbers it met and where (to refuse a number given twice), in
 * 12 bytes a row: a sheet is never held.
 */
final class RegisterRows {

  /** The room and unit of a dwelling, as {@link DwellingForm} allows them. */
  private static final Pattern PLACE = Pattern.compile("^[0-9A-Za-z\\u4e00-\\u9fff-]{1,10}$");

  /** A row that may be imported: where the resident lives, what is recorded, its blind index. */
  record Checked(
      int row, String building, String unit, String room, ResidentDetails details, String index) {

    String dwellingKey() {
      return building + "/" + unit + "/" + room;
    }
  }

  /** Why a row is kept out: the row number, the column's heading, and what is wrong. */
  record RowError(int row, String column, Text message) {}

  /** How many rows the errors keep out (a row may have several). */
  static int rowsIn(List<RowError> errors) {
    return (int) errors.stream().mapToInt(RowError::row).distinct().count();
  }

  private final LocalDate today;

  private final FirstRows firstRows = new FirstRows();

  /** A check of one sheet's rows, in order; {@code today} judges ages. */
  RegisterRows(LocalDate today) {
    this.today = today;
  }

  /** The row's resident; or empty, and the errors that keep the row out added to {@code wrong}. */
  Optional<Checked> check(RegisterSheet.Row row, List<RowError> wrong) {
    int before = wrong.size();
    String building = row.get(RegisterColumn.BUILDING);
    String unit = row.get(RegisterColumn.UNIT);
    String room = row.get(RegisterColumn.ROOM);
    String name = row.get(RegisterColumn.NAME);
    name(row, RegisterColumn.BUILDING, building, 50, wrong);
    if (!unit.isEmpty() && !PLACE.matcher(unit).matches()) {
      wrong.add(
          error(
              row,
              RegisterColumn.UNIT,
              "单元只能是 1–10 个字母、数字或汉字",
              "a unit is 1-10 letters, digits or Chinese characters"));
    }
    if (!PLACE.matcher(room).matches()) {
      wrong.add(
          error(
              row,
              RegisterColumn.ROOM,
              "房号须为 1–10 个字母、数字或汉字",
              "a room is 1-10 letters, digits or Chinese characters"));
    }
    name(row, RegisterColumn.NAME, name, 50, wrong);
    String idText = row.get(RegisterColumn.ID_NUMBER).toUpperCase(Locale.ROOT);
    IdNumber idNumber = null;
    String index = null;
    if (!IdNumber.isValid(idText)) {
      wrong.add(
          error(
              row,
              RegisterColumn.ID_NUMBER,
              "不是有效的身份证号码",
              "not a valid resident identity card number"));
    } else {
      idNumber = IdNumber.of(idText);
      index = Resident.indexOf(idNumber);
      int first = firstRows.putIfAbsent(index, row.number());
      if (first != 0) {
        wrong.add(
            error(
                row,
                RegisterColumn.ID_NUMBER,
                "与第 " + first + " 行是同一身份证号码",
                "the same ID number as row " + first));
      }
    }
    String phoneText = row.get(RegisterColumn.PHONE);
    PhoneNumber phone = null;
    if (!phoneText.isEmpty()) {
      if (PhoneNumber.isValid(phoneText)) {
        phone = PhoneNumber.of(phoneText);
      } else {
        wrong.add(error(row, RegisterColumn.PHONE, "不是有效的手机号码", "not a valid mobile number"));
      }
    }
    HouseholdRelation relation = relation(row.get(RegisterColumn.RELATION));
    if (relation == null) {
      wrong.add(
          error(
              row,
              RegisterColumn.RELATION,
              "不是已知的与户主关系(户主、配偶、子女……)",
              "not a known relation (户主, 配偶, 子女 …)"));
    }
    Set<ResidentFlag> flags = EnumSet.noneOf(ResidentFlag.class);
    flag(row, RegisterColumn.ELDERLY_LIVING_ALONE, ResidentFlag.ELDERLY_LIVING_ALONE, flags, wrong);
    flag(row, RegisterColumn.NEEDS_HELP, ResidentFlag.NEEDS_HELP, flags, wrong);
    flag(row, RegisterColumn.PARTY_MEMBER, ResidentFlag.PARTY_MEMBER, flags, wrong);
    flag(row, RegisterColumn.SERVING_PARTY_MEMBER, ResidentFlag.SERVING_PARTY_MEMBER, flags, wrong);
    if (wrong.size() > before) {
      return Optional.empty();
    }
    ResidentDetails details = new ResidentDetails(name, idNumber, phone, relation, flags);
    try {
      Resident.requireFlagsFit(details, today);
    } catch (Problem misfit) {
      RegisterColumn column =
          flags.contains(ResidentFlag.SERVING_PARTY_MEMBER)
                  && !flags.contains(ResidentFlag.PARTY_MEMBER)
              ? RegisterColumn.SERVING_PARTY_MEMBER
              : RegisterColumn.ELDERLY_LIVING_ALONE;
      wrong.add(
          new RowError(row.number(), column.heading(), misfit.fieldErrors().get(0).message()));
      return Optional.empty();
    }
    return Optional.of(new Checked(row.number(), building, unit, room, details, index));
  }

  private static void name(
      RegisterSheet.Row row, RegisterColumn column, String text, int max, List<RowError> wrong) {
    TextRules.checkName(text, max)
        .ifPresent(
            breach ->
                wrong.add(
                    breach == TextRules.Breach.TOO_LONG
                        ? error(row, column, "最多 " + max + " 个字", "at most " + max + " characters")
                        : new RowError(row.number(), column.heading(), breach.message())));
  }

  /**
   * The row where each ID number was first met, by the first 64 bits of its blind index (a keyed
   * hash, so uniformly spread): open addressing over two arrays, 12 bytes a number, where a map of
   * strings would hold some 150. Two numbers sharing 64 bits (about one chance in 10^8 for a sheet
   * of 400,000 rows) would have the second refused as a repeat of the first: a row error the grid
   * worker sees, never a resident lost or merged.
   */
  static final class FirstRows {

    private long[] keys = new long[1 << 10];
    private int[] rows = new int[1 << 10];
    private int size;

    /** The row that met this number first; or 0, and {@code row} is now that row. */
    int putIfAbsent(String blindIndex, int row) {
      long key = ByteBuffer.wrap(Base64.getUrlDecoder().decode(blindIndex)).getLong();
      int mask = keys.length - 1;
      int slot = (int) key & mask;
      while (rows[slot] != 0) {
        if (keys[slot] == key) {
          return rows[slot];
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      rows[slot] = row;
      if (++size * 3 > keys.length * 2) {
        grow();
      }
      return 0;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldRows = rows;
      keys = new long[oldKeys.length * 2];
      rows = new int[oldRows.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldRows[i] != 0) {
          int slot = (int) oldKeys[i] & mask;
          while (rows[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          rows[slot] = oldRows[i];
        }
      }
    }
  }

  private static HouseholdRelation relation(String text) {
    for (HouseholdRelation relation : HouseholdRelation.values()) {
      if (relation.label().in(Language.ZH).equals(text) || relation.name().equalsIgnoreCase(text)) {
        return relation;
      }
    }
    return null;
  }

  private static void flag(
      RegisterSheet.Row row,
      RegisterColumn column,
      ResidentFlag flag,
      Set<ResidentFlag> flags,
      List<RowError> wrong) {
    switch (row.get(column).toLowerCase(Locale.ROOT)) {
      case "", "否", "n", "no", "false", "0" -> {}
      case "是", "y", "yes", "true", "1", "√", "✓" -> flags.add(flag);
      default -> wrong.add(error(row, column, "请填“是”或留空", "write 是 (yes) or leave it empty"));
    }
  }

  private static RowError error(
      RegisterSheet.Row row, RegisterColumn column, String zh, String en) {
    return new RowError(row.number(), column.heading(), Text.of(zh, en));
  }
}
