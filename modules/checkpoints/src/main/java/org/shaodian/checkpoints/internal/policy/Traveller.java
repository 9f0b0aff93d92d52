package org.shaodian.checkpoints.internal.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.shaodian.checkpoints.api.HealthCodeColour;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

/**
 * One traveller's checks as a screening policy reads them (the person is not named here).
 *
 * @param healthCode the colour the health code shows
 * @param riskAreaDaysAgo how many days ago the itinerary card last shows a risk area (0 today), or
 *     null when it shows none
 * @param testAgeHours the age of the latest nucleic-acid proof in whole hours since the swab (47
 *     for 47 h 59 min), or null when there is none
 * @param temperature ℃, with at most one decimal
 * @param origin where the vehicle or person comes from: a division code (GB/T 2260, 6 digits, or a
 *     9- or 12-digit town or village code), or null when it is not known
 */
public record Traveller(
    HealthCodeColour healthCode,
    Integer riskAreaDaysAgo,
    Integer testAgeHours,
    BigDecimal temperature,
    String origin) {

  /** The oldest risk-area passage and test worth telling apart. */
  public static final int MAX_DAYS_AGO = 365;

  public static final int MAX_TEST_AGE_HOURS = 24 * 365;
  public static final String ORIGIN_PATTERN = "^(\\d{6}|\\d{9}|\\d{12})$";
  static final BigDecimal LOWEST_TEMPERATURE = new BigDecimal("34.0");
  static final BigDecimal HIGHEST_TEMPERATURE = new BigDecimal("43.0");
  private static final Pattern ORIGIN = Pattern.compile(ORIGIN_PATTERN);

  /** A 400 naming each field that is wrong. */
  public Traveller {
    List<FieldError> errors = new ArrayList<>();
    if (healthCode == null) {
      errors.add(new FieldError("healthCode", Text.of("须填写健康码颜色", "is required")));
    }
    if (riskAreaDaysAgo != null && (riskAreaDaysAgo < 0 || riskAreaDaysAgo > MAX_DAYS_AGO)) {
      errors.add(
          new FieldError(
              "riskAreaDaysAgo",
              Text.of(
                  "须在 0 到 " + MAX_DAYS_AGO + " 天之间", "between 0 and " + MAX_DAYS_AGO + " days")));
    }
    if (testAgeHours != null && (testAgeHours < 0 || testAgeHours > MAX_TEST_AGE_HOURS)) {
      errors.add(
          new FieldError(
              "testAgeHours",
              Text.of(
                  "须在 0 到 " + MAX_TEST_AGE_HOURS + " 小时之间",
                  "between 0 and " + MAX_TEST_AGE_HOURS + " hours")));
    }
    if (temperature == null) {
      errors.add(new FieldError("temperature", Text.of("须填写体温", "is required")));
    } else if (temperature.compareTo(LOWEST_TEMPERATURE) < 0
        || temperature.compareTo(HIGHEST_TEMPERATURE) > 0
        || temperature.stripTrailingZeros().scale() > 1) {
      errors.add(
          new FieldError(
              "temperature",
              Text.of("体温须在 34.0–43.0℃ 之间,保留一位小数", "34.0 to 43.0 ℃ with one decimal")));
    }
    if (origin != null && !ORIGIN.matcher(origin).matches()) {
      errors.add(
          new FieldError(
              "origin",
              Text.of(
                  "来源地须为行政区划代码(6 位,或 9、12 位镇村代码)",
                  "a division code: 6 digits (or a 9- or 12-digit town or village code)")));
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
  }

  /** Health data: never written out whole (logs, exceptions). */
  @Override
  public String toString() {
    return "Traveller[checks not shown]";
  }
}
