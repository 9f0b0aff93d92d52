package org.shaodian.rosters.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * A post's shifts of a day, in the order they start; they do not overlap, also across midnight.
 * Round the clock by default ({@link #THREE_EIGHTS}); a post may run two 12-hour shifts or day
 * shifts only.
 */
public record ShiftPattern(List<Shift> shifts) {

  static final int MAX_SHIFTS = 6;

  /** 三班倒: 00–08, 08–16, 16–24. */
  public static final ShiftPattern THREE_EIGHTS = of(new int[][] {{0, 8}, {8, 8}, {16, 8}});

  /** Two 12-hour shifts: 08–20 and 20–08. */
  public static final ShiftPattern TWO_TWELVES = of(new int[][] {{8, 12}, {20, 12}});

  /**
   * Checks the pattern: 1 to 6 shifts, each starting at hour 0–23 and lasting 1–24 hours, numbered
   * 1, 2, … in the order they start, none overlapping the next (the last one not the first of the
   * next day). A 400 naming {@code shifts} otherwise.
   */
  public ShiftPattern {
    if (shifts == null || shifts.isEmpty() || shifts.size() > MAX_SHIFTS) {
      throw invalid("1 到 6 个班次", "1 to 6 shifts");
    }
    shifts = List.copyOf(shifts);
    for (int i = 0; i < shifts.size(); i++) {
      Shift shift = shifts.get(i);
      if (shift.no() != i + 1) {
        throw invalid("班次按开始时间从 1 编号", "shifts are numbered from 1 in the order they start");
      }
      if (shift.startHour() < 0
          || shift.startHour() > 23
          || shift.hours() < 1
          || shift.hours() > 24) {
        throw invalid(
            "班次从 0–23 点开始,持续 1–24 小时", "a shift starts at hour 0–23 and lasts 1–24 hours");
      }
      int nextStart =
          i + 1 < shifts.size() ? shifts.get(i + 1).startHour() : shifts.get(0).startHour() + 24;
      if (i + 1 < shifts.size() && nextStart <= shift.startHour()) {
        throw invalid("班次按开始时间排列", "shifts are listed in the order they start");
      }
      if (shift.startHour() + shift.hours() > nextStart) {
        throw invalid("班次不能重叠", "shifts must not overlap");
      }
    }
  }

  /** A pattern from {start hour, hours} pairs, numbered in order. */
  public static ShiftPattern of(int[][] startsAndHours) {
    List<Shift> shifts = new ArrayList<>();
    for (int[] shift : startsAndHours) {
      shifts.add(new Shift(shifts.size() + 1, shift[0], shift[1]));
    }
    return new ShiftPattern(shifts);
  }

  public Optional<Shift> shift(int no) {
    return no >= 1 && no <= shifts.size() ? Optional.of(shifts.get(no - 1)) : Optional.empty();
  }

  /** The shift after this one: the next of the day, or the first of the next day. */
  public Shift next(Shift shift) {
    return shift.no() < shifts.size() ? shifts.get(shift.no()) : shifts.get(0);
  }

  private static Problem invalid(String zh, String en) {
    return Problem.invalid("shifts", Text.of(zh, en));
  }
}
