package org.shaodian.reporting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;

/** What every printout says the same way: who made it and when, periods, days, the footnote. */
final class PrintoutText {

  static final Text GENERATED_AT = Text.of("制表时间:", "Generated: ");
  static final Text GENERATED_BY = Text.of("制表人:", "By: ");
  static final Text FOOTNOTE = Text.of("个人信息已脱敏,请勿外传", "Personal data masked; do not pass on");

  /** Times on a printout, in Asia/Shanghai as the clock gives them. */
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private PrintoutText() {}

  static String generatedAt(OffsetDateTime at, Language language) {
    return GENERATED_AT.in(language) + TIME.format(at);
  }

  static String generatedBy(String who, Language language) {
    return GENERATED_BY.in(language) + who;
  }

  /** {@code 2026-11-28 至 2026-12-04}, or {@code 2026-11-28 to 2026-12-04}. */
  static String period(LocalDate from, LocalDate to, Language language) {
    return from + (language == Language.EN ? " to " : " 至 ") + to;
  }

  /** The day of the week: 周六, or Sat. */
  static String weekday(LocalDate date, Language language) {
    return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale(language));
  }

  /** A day as a column heading: {@code 11-28 周六}, or {@code Sat 11-28}. */
  static String day(LocalDate date, Language language) {
    return language == Language.EN
        ? weekday(date, language) + " " + MONTH_DAY.format(date)
        : MONTH_DAY.format(date) + " " + weekday(date, language);
  }

  static Locale locale(Language language) {
    return language == Language.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }
}
