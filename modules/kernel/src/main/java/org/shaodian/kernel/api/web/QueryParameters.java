package org.shaodian.kernel.api.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * Reads query parameters. Resources take them as text and read them here, so that a wrong value is
 * a 400 naming the parameter (JAX-RS itself answers 404 when it cannot convert one, and reads any
 * boolean it does not understand as false). Blank means absent.
 */
public final class QueryParameters {

  private QueryParameters() {}

  public static Integer integer(String name, String value) {
    if (isAbsent(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw Problem.invalid(name, Text.of("须为整数", "must be a whole number"));
    }
  }

  public static Boolean bool(String name, String value) {
    if (isAbsent(value)) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw Problem.invalid(name, Text.of("须为 true 或 false", "must be true or false"));
    };
  }

  /** A record's id (a UUID) given as a filter; a 400 naming the parameter when it is not one. */
  public static java.util.UUID uuid(String name, String value) {
    if (isAbsent(value)) {
      return null;
    }
    try {
      String text = value.strip();
      java.util.UUID id = java.util.UUID.fromString(text);
      if (!id.toString().equalsIgnoreCase(text)) {
        throw new IllegalArgumentException("not in the canonical form");
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw Problem.invalid(name, Text.of("不是有效的编号", "not a valid id"));
    }
  }

  public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
    if (isAbsent(value)) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw Problem.invalid(name, Text.of("不是允许的取值", "not one of the allowed values"));
    }
  }

  /**
   * A calendar date, ISO 8601 with a four-digit year (2026-11-30), as query parameters and path
   * segments give them. ISO 8601 also allows years such as +999999999, the last that {@link
   * LocalDate} holds: a day after one of them is no date at all, so they are refused here rather
   * than failing later in date arithmetic.
   */
  public static LocalDate date(String name, String value) {
    if (isAbsent(value)) {
      return null;
    }
    String text = value.strip();
    try {
      if (!FOUR_DIGIT_YEAR.matcher(text).matches()) {
        throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Problem.invalid(name, Text.of("日期格式为 2026-11-30", "must be a date like 2026-11-30"));
    }
  }

  /** A date, or {@code absent} when none is given (a blank value included). */
  public static LocalDate date(String name, String value, LocalDate absent) {
    LocalDate day = date(name, value);
    return day == null ? absent : day;
  }

  private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** An instant with its offset, ISO 8601 (2026-11-30T08:15:00+08:00). */
  public static OffsetDateTime instant(String name, String value) {
    if (isAbsent(value)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw Problem.invalid(
          name,
          Text.of(
              "时间格式为 2026-11-30T08:15:00+08:00", "must be a time like 2026-11-30T08:15:00+08:00"));
    }
  }

  /**
   * A region given as a filter (its code), or null when the parameter is not given. Unlike the
   * others, a blank code is a 400 naming the parameter like any other that is not a code: the
   * contract gives region codes a pattern that a blank value does not match.
   */
  public static RegionCode region(String name, String value) {
    return value == null ? null : RegionCode.parse(name, value);
  }

  /** Free text (a search term): stripped, and without control characters. */
  public static String text(String name, String value) {
    if (isAbsent(value)) {
      return null;
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw Problem.invalid(name, Text.of("含有控制字符", "contains control characters"));
    }
    return value.strip();
  }

  private static boolean isAbsent(String value) {
    return value == null || value.isBlank();
  }
}
