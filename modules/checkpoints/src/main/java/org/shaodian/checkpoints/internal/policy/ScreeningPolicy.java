package org.shaodian.checkpoints.internal.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.shaodian.checkpoints.api.HealthCodeColour;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

/**
 * The rules of one version of a region's screening policy (筛查政策), and {@link #judge} that reads a
 * traveller's checks by them. Immutable: a version is never changed, a new one is issued.
 *
 * <ul>
 *   <li>{@code greenCodeRequired}: a yellow or red health code is not released ({@code REFER});
 *   <li>{@code feverFrom}: a temperature at or above it (e.g. 37.3 ℃) is not released;
 *   <li>{@code riskAreaDays}: an itinerary through a risk area fewer than that many days ago (0 is
 *       today) is tested on site; null: the itinerary is not checked;
 *   <li>{@code testMaxAgeHours} with {@code testOrigins}: a traveller from a listed region (a
 *       division code prefix: {@code 31} Shanghai, {@code 3301} Hangzhou, {@code 320583} Kunshan)
 *       needs a nucleic-acid proof younger than that many hours, or is tested on site; one whose
 *       origin is not known is held to it too. Both null/empty: no test is asked for.
 * </ul>
 *
 * A bad value is a 400 naming the field, as the issue form calls it.
 */
public record ScreeningPolicy(
    boolean greenCodeRequired,
    Integer riskAreaDays,
    Integer testMaxAgeHours,
    List<String> testOrigins,
    BigDecimal feverFrom) {

  public static final int MAX_RISK_AREA_DAYS = 60;
  public static final int MAX_TEST_AGE_HOURS = 168;
  public static final int MAX_ORIGINS = 100;
  public static final BigDecimal LOWEST_FEVER = new BigDecimal("37.0");
  public static final BigDecimal HIGHEST_FEVER = new BigDecimal("38.5");

  /**
   * The first two digits of the GB/T 2260 codes: the provinces, autonomous regions and
   * municipalities, Taiwan, Hong Kong and Macao.
   */
  static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  public ScreeningPolicy {
    List<FieldError> errors = new ArrayList<>();
    if (riskAreaDays != null && (riskAreaDays < 1 || riskAreaDays > MAX_RISK_AREA_DAYS)) {
      errors.add(
          new FieldError(
              "riskAreaDays",
              Text.of(
                  "须在 1 到 " + MAX_RISK_AREA_DAYS + " 天之间(不查行程时不填)",
                  "between 1 and " + MAX_RISK_AREA_DAYS + " days (leave out to not check)")));
    }
    if (testMaxAgeHours != null && (testMaxAgeHours < 1 || testMaxAgeHours > MAX_TEST_AGE_HOURS)) {
      errors.add(
          new FieldError(
              "testMaxAgeHours",
              Text.of(
                  "须在 1 到 " + MAX_TEST_AGE_HOURS + " 小时之间(不查核酸时不填)",
                  "between 1 and " + MAX_TEST_AGE_HOURS + " hours (leave out to not check)")));
    }
    TreeSet<String> prefixes = new TreeSet<>();
    List<String> given = testOrigins == null ? List.of() : testOrigins;
    if (given.size() > MAX_ORIGINS) {
      errors.add(
          new FieldError(
              "testOrigins",
              Text.of("最多 " + MAX_ORIGINS + " 个地区", "at most " + MAX_ORIGINS + " regions")));
    } else {
      for (int i = 0; i < given.size(); i++) {
        String prefix = prefix(given.get(i));
        if (prefix == null) {
          errors.add(
              new FieldError(
                  "testOrigins[" + i + "]",
                  Text.of(
                      "须为行政区划代码或其前缀(2、4 或 6 位,如 31 上海、3301 杭州)",
                      "a division code or its prefix: 2, 4 or 6 digits (31 Shanghai, 3301"
                          + " Hangzhou)")));
        } else {
          prefixes.add(prefix);
        }
      }
    }
    if (given.isEmpty() != (testMaxAgeHours == null)) {
      errors.add(
          new FieldError(
              "testOrigins",
              Text.of(
                  "核酸时限和须查核酸的来源地区须同时给出或同时不填", "goes with testMaxAgeHours: give both, or neither")));
    }
    if (feverFrom == null) {
      errors.add(new FieldError("feverFrom", Text.of("须填写发热标准", "is required")));
    } else if (feverFrom.compareTo(LOWEST_FEVER) < 0
        || feverFrom.compareTo(HIGHEST_FEVER) > 0
        || feverFrom.stripTrailingZeros().scale() > 1) {
      errors.add(
          new FieldError(
              "feverFrom", Text.of("须在 37.0–38.5℃ 之间,保留一位小数", "37.0 to 38.5 ℃ with one decimal")));
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    // a prefix within another says nothing more: 3301 goes when 33 is listed
    List<String> kept = new ArrayList<>();
    for (String prefix : prefixes) {
      if (kept.stream().noneMatch(prefix::startsWith)) {
        kept.add(prefix);
      }
    }
    testOrigins = List.copyOf(kept);
    feverFrom = feverFrom.setScale(1);
  }

  /**
   * A division code or its prefix as a prefix to match origins by: 2, 4 or 6 digits of a known
   * province, a code's trailing pairs of zeros dropped (330100, the city of Hangzhou, is 3301, and
   * so matches its districts 3301xx); null when it is none.
   */
  static String prefix(String code) {
    if (code == null) {
      return null;
    }
    String value = code.strip();
    if (!value.matches("\\d{2}|\\d{4}|\\d{6}")) {
      return null;
    }
    while (value.length() > 2 && value.endsWith("00")) {
      value = value.substring(0, value.length() - 2);
    }
    return PROVINCES.contains(value.substring(0, 2)) ? value : null;
  }

  /** What this policy says of the traveller, with every reason. */
  public Judgement judge(Traveller traveller) {
    List<Judgement.Reason> reasons = new ArrayList<>();
    HealthCodeColour code = traveller.healthCode();
    if (greenCodeRequired && code != HealthCodeColour.GREEN) {
      reasons.add(
          new Judgement.Reason(
              code == HealthCodeColour.RED
                  ? ScreeningFinding.HEALTH_CODE_RED
                  : ScreeningFinding.HEALTH_CODE_YELLOW,
              Text.of(
                  "健康码为" + code.label().zh() + ",须为绿码",
                  "the health code is " + code.label().en() + "; it must be green")));
    }
    BigDecimal temperature = traveller.temperature();
    if (temperature.compareTo(feverFrom) >= 0) {
      reasons.add(
          new Judgement.Reason(
              ScreeningFinding.FEVER,
              Text.of(
                  "体温 " + temperature.toPlainString() + "℃,达到发热标准 " + feverFrom + "℃",
                  "a temperature of "
                      + temperature.toPlainString()
                      + " ℃, at or above the fever mark of "
                      + feverFrom
                      + " ℃")));
    }
    Integer daysAgo = traveller.riskAreaDaysAgo();
    if (riskAreaDays != null && daysAgo != null && daysAgo < riskAreaDays) {
      reasons.add(
          new Judgement.Reason(
              ScreeningFinding.RISK_AREA,
              Text.of(
                  (daysAgo == 0 ? "今天" : daysAgo + " 天前") + "途经风险地区(" + riskAreaDays + " 天内须现场检测)",
                  "passed a risk area "
                      + (daysAgo == 0
                          ? "today"
                          : daysAgo + (daysAgo == 1 ? " day ago" : " days ago"))
                      + " (within "
                      + riskAreaDays
                      + " days: tested on site)")));
    }
    String from = listedOrigin(traveller.origin());
    if (from != null) {
      Integer age = traveller.testAgeHours();
      Text where =
          from.isEmpty()
              ? Text.of("来源地不明", "origin not known")
              : Text.of("来自须查核酸的地区 " + from, "from a listed region (" + from + ")");
      if (age == null) {
        reasons.add(
            new Judgement.Reason(
                ScreeningFinding.TEST_MISSING,
                Text.of(
                    where.zh() + ",无核酸证明(须 " + testMaxAgeHours + " 小时内)",
                    where.en()
                        + ", no nucleic-acid proof (needed: younger than "
                        + testMaxAgeHours
                        + " h)")));
      } else if (age >= testMaxAgeHours) {
        reasons.add(
            new Judgement.Reason(
                ScreeningFinding.TEST_TOO_OLD,
                Text.of(
                    where.zh() + ",核酸证明已 " + age + " 小时(须 " + testMaxAgeHours + " 小时内)",
                    where.en()
                        + ", a nucleic-acid proof "
                        + age
                        + " h old (needed: younger than "
                        + testMaxAgeHours
                        + " h)")));
      }
    }
    return Judgement.of(reasons);
  }

  /**
   * The listed prefix the origin falls under, "" for an origin not known, null when the test rule
   * does not apply to it.
   */
  private String listedOrigin(String origin) {
    if (testMaxAgeHours == null) {
      return null;
    }
    if (origin == null) {
      return "";
    }
    return testOrigins.stream().filter(origin::startsWith).findFirst().orElse(null);
  }

  /** Whether a traveller from this origin (null: not known) needs a recent test. */
  public boolean asksTestOf(String origin) {
    return listedOrigin(origin) != null;
  }
}
