package org.shaodian.rosters.internal.duty;

import java.time.LocalDate;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.rosters.api.DutyRole;

/** A seat's address within a post, as a path gives it: date / shift / duty / number. */
public record SeatAddress(LocalDate date, int shift, DutyRole role, int seat) {

  /** Parses the path's parts; a 400 naming the part that is malformed. */
  public static SeatAddress parse(String date, String shift, String role, String seat) {
    return new SeatAddress(
        required("date", QueryParameters.date("date", date)),
        number("shift", shift),
        role(role),
        number("seat", seat));
  }

  private static LocalDate required(String field, LocalDate date) {
    if (date == null) {
      throw Problem.invalid(field, Text.of("缺少日期", "a date is required"));
    }
    return date;
  }

  private static int number(String field, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n < 1 || n > 99) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw Problem.invalid(field, Text.of("须为 1–99 的整数", "a whole number from 1 to 99"));
    }
  }

  private static DutyRole role(String value) {
    try {
      return DutyRole.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw Problem.invalid("role", Text.of("未知岗位", "unknown duty"));
    }
  }
}
