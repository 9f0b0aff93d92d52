package org.shaodian.checkpoints.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.shaodian.checkpoints.api.HealthCodeColour.GREEN;
import static org.shaodian.checkpoints.api.HealthCodeColour.RED;
import static org.shaodian.checkpoints.api.HealthCodeColour.YELLOW;
import static org.shaodian.checkpoints.api.ScreeningDecision.PASS;
import static org.shaodian.checkpoints.api.ScreeningDecision.REFER;
import static org.shaodian.checkpoints.api.ScreeningDecision.TEST_ON_SITE;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shaodian.checkpoints.api.HealthCodeColour;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

/** Every rule of a screening policy, alone and together, and what a policy may say. */
class ScreeningPolicyTest {

  /** Hangzhou's: green code, 14 days, 72 h for Shanghai and Suzhou, fever from 37.3 ℃. */
  static final ScreeningPolicy CITY =
      new ScreeningPolicy(true, 14, 72, List.of("31", "3205"), new BigDecimal("37.3"));

  /** A green traveller from Jiande, no risk area, no test, 36.5 ℃. */
  static Traveller local() {
    return traveller(GREEN, null, null, "36.5", "330182");
  }

  static Traveller traveller(
      HealthCodeColour code, Integer daysAgo, Integer testAge, String temperature, String origin) {
    return new Traveller(code, daysAgo, testAge, new BigDecimal(temperature), origin);
  }

  static List<String> fields(Problem problem) {
    return problem.fieldErrors().stream().map(FieldError::field).toList();
  }

  // ---- the health code ----

  @Test
  void greenPasses() {
    Judgement judgement = CITY.judge(local());
    assertThat(judgement.decision()).isEqualTo(PASS);
    assertThat(judgement.reasons()).isEmpty();
  }

  @Test
  void redAndYellowAreReferredWithTheirReason() {
    Judgement red = CITY.judge(traveller(RED, null, null, "36.5", "330182"));
    assertThat(red.decision()).isEqualTo(REFER);
    assertThat(red.reasons())
        .extracting(Judgement.Reason::finding)
        .containsExactly(ScreeningFinding.HEALTH_CODE_RED);
    assertThat(red.reasons().get(0).text().zh()).contains("红码");
    assertThat(red.reasons().get(0).text().en()).contains("red");

    Judgement yellow = CITY.judge(traveller(YELLOW, null, null, "36.5", "330182"));
    assertThat(yellow.decision()).isEqualTo(REFER);
    assertThat(yellow.found(ScreeningFinding.HEALTH_CODE_YELLOW)).isTrue();
  }

  @Test
  void notCheckedWhereTheRegionDoesNotRequireGreen() {
    ScreeningPolicy lax = new ScreeningPolicy(false, null, null, null, new BigDecimal("37.3"));
    assertThat(lax.judge(traveller(YELLOW, null, null, "36.5", null)).decision()).isEqualTo(PASS);
    assertThat(lax.judge(traveller(RED, null, null, "36.5", null)).decision()).isEqualTo(PASS);
  }

  // ---- fever ----

  @Test
  void fromTheMarkOnIsReferred() {
    assertThat(CITY.judge(traveller(GREEN, null, null, "37.2", "330182")).decision())
        .isEqualTo(PASS);
    Judgement atMark = CITY.judge(traveller(GREEN, null, null, "37.3", "330182"));
    assertThat(atMark.decision()).isEqualTo(REFER);
    assertThat(atMark.reasons())
        .extracting(Judgement.Reason::finding)
        .containsExactly(ScreeningFinding.FEVER);
    assertThat(atMark.reasons().get(0).text().zh()).contains("37.3℃");
    assertThat(CITY.judge(traveller(GREEN, null, null, "39.0", "330182")).decision())
        .isEqualTo(REFER);
  }

  @Test
  void theMarkIsThePolicys() {
    ScreeningPolicy higher = new ScreeningPolicy(true, null, null, null, new BigDecimal("37.5"));
    assertThat(higher.judge(traveller(GREEN, null, null, "37.4", null)).decision()).isEqualTo(PASS);
    assertThat(higher.judge(traveller(GREEN, null, null, "37.50", null)).decision())
        .isEqualTo(REFER);
  }

  // ---- the itinerary ----

  @Test
  void aPassageWithinTheDaysIsTestedOnSite() {
    Judgement today = CITY.judge(traveller(GREEN, 0, null, "36.5", "330182"));
    assertThat(today.decision()).isEqualTo(TEST_ON_SITE);
    assertThat(today.reasons())
        .extracting(Judgement.Reason::finding)
        .containsExactly(ScreeningFinding.RISK_AREA);
    assertThat(today.reasons().get(0).text().zh()).contains("今天");
    assertThat(CITY.judge(traveller(GREEN, 13, null, "36.5", "330182")).decision())
        .isEqualTo(TEST_ON_SITE);
  }

  @Test
  void anOlderPassageOrNoneIsNot() {
    assertThat(CITY.judge(traveller(GREEN, 14, null, "36.5", "330182")).decision()).isEqualTo(PASS);
    assertThat(CITY.judge(traveller(GREEN, 40, null, "36.5", "330182")).decision()).isEqualTo(PASS);
  }

  @Test
  void notCheckedWithoutDays() {
    ScreeningPolicy none = new ScreeningPolicy(true, null, null, null, new BigDecimal("37.3"));
    assertThat(none.judge(traveller(GREEN, 0, null, "36.5", null)).decision()).isEqualTo(PASS);
  }

  // ---- the recent test ----

  @Test
  void fromAListedRegionATestYoungerThanTheHoursPasses() {
    assertThat(CITY.judge(traveller(GREEN, null, 71, "36.5", "310115")).decision()).isEqualTo(PASS);
    assertThat(CITY.judge(traveller(GREEN, null, 0, "36.5", "320583")).decision()).isEqualTo(PASS);
  }

  @Test
  void fromAListedRegionAnOldTestOrNoneIsTestedOnSite() {
    Judgement old = CITY.judge(traveller(GREEN, null, 72, "36.5", "310115"));
    assertThat(old.decision()).isEqualTo(TEST_ON_SITE);
    assertThat(old.reasons())
        .extracting(Judgement.Reason::finding)
        .containsExactly(ScreeningFinding.TEST_TOO_OLD);
    assertThat(old.reasons().get(0).text().zh()).contains("31").contains("72 小时");

    Judgement none = CITY.judge(traveller(GREEN, null, null, "36.5", "320583"));
    assertThat(none.decision()).isEqualTo(TEST_ON_SITE);
    assertThat(none.reasons())
        .extracting(Judgement.Reason::finding)
        .containsExactly(ScreeningFinding.TEST_MISSING);
    assertThat(none.reasons().get(0).text().en()).contains("3205");
  }

  @Test
  void fromElsewhereNoTestIsAskedFor() {
    assertThat(CITY.judge(traveller(GREEN, null, null, "36.5", "330182")).decision())
        .isEqualTo(PASS);
    // 3206 is not 3205, 32 alone is not listed
    assertThat(CITY.judge(traveller(GREEN, null, null, "36.5", "320602")).decision())
        .isEqualTo(PASS);
  }

  @Test
  void anOriginNotKnownIsHeldToTheRule() {
    Judgement unknown = CITY.judge(traveller(GREEN, null, null, "36.5", null));
    assertThat(unknown.decision()).isEqualTo(TEST_ON_SITE);
    assertThat(unknown.reasons().get(0).text().zh()).contains("来源地不明");
    assertThat(CITY.judge(traveller(GREEN, null, 10, "36.5", null)).decision()).isEqualTo(PASS);
    assertThat(CITY.asksTestOf(null)).isTrue();
  }

  @Test
  void aTownOrVillageCodeMatchesItsDivision() {
    assertThat(CITY.judge(traveller(GREEN, null, null, "36.5", "310115001000")).decision())
        .isEqualTo(TEST_ON_SITE);
  }

  @Test
  void noRuleNoTest() {
    ScreeningPolicy none = new ScreeningPolicy(true, 14, null, List.of(), new BigDecimal("37.3"));
    assertThat(none.judge(traveller(GREEN, null, null, "36.5", null)).decision()).isEqualTo(PASS);
    assertThat(none.asksTestOf("310115")).isFalse();
  }

  // ---- the rules together ----

  @Test
  void theStrictestDecisionWinsAndEveryReasonIsGivenInOrder() {
    Judgement all = CITY.judge(traveller(RED, 3, 80, "38.0", "310115"));
    assertThat(all.decision()).isEqualTo(REFER);
    assertThat(all.reasons())
        .extracting(Judgement.Reason::finding)
        .containsExactly(
            ScreeningFinding.HEALTH_CODE_RED,
            ScreeningFinding.FEVER,
            ScreeningFinding.RISK_AREA,
            ScreeningFinding.TEST_TOO_OLD);
  }

  @Test
  void riskAreaAndOldTestAreBothTestsOnSite() {
    Judgement both = CITY.judge(traveller(GREEN, 2, null, "36.8", "320583"));
    assertThat(both.decision()).isEqualTo(TEST_ON_SITE);
    assertThat(both.reasons())
        .extracting(Judgement.Reason::finding)
        .containsExactly(ScreeningFinding.RISK_AREA, ScreeningFinding.TEST_MISSING);
  }

  @Test
  void aYellowCodeWithAFreshTestIsStillReferred() {
    Judgement judgement = CITY.judge(traveller(YELLOW, null, 5, "36.5", "310115"));
    assertThat(judgement.decision()).isEqualTo(REFER);
    assertThat(judgement.reasons())
        .extracting(Judgement.Reason::finding)
        .containsExactly(ScreeningFinding.HEALTH_CODE_YELLOW);
  }

  @Test
  void aFeverWithEverythingElseInOrderIsReferred() {
    Judgement judgement = CITY.judge(traveller(GREEN, null, 5, "37.8", "310115"));
    assertThat(judgement.decision()).isEqualTo(REFER);
    assertThat(judgement.reasons())
        .extracting(Judgement.Reason::finding)
        .containsExactly(ScreeningFinding.FEVER);
  }

  // ---- what a policy may say ----

  @Test
  void divisionCodesAreNormalisedToPrefixes() {
    ScreeningPolicy policy =
        new ScreeningPolicy(
            true,
            null,
            48,
            List.of("330100", "310000", "320583", " 3205 ", "3301", "3300"),
            new BigDecimal("37.3"));
    // 330100 is Hangzhou (3301), 310000 Shanghai (31); 320583 lies in 3205, 3301 in 33
    assertThat(policy.testOrigins()).containsExactly("31", "3205", "33");
    assertThat(policy.asksTestOf("330106")).isTrue();
    assertThat(policy.asksTestOf("340100")).isFalse();
  }

  @Test
  void badDivisionCodesAreRefusedByPosition() {
    Problem problem =
        catchThrowableOfType(
            Problem.class,
            () ->
                new ScreeningPolicy(
                    true,
                    null,
                    48,
                    Arrays.asList("31", "99", "3", "3301x", "00", "12345"),
                    new BigDecimal("37.3")));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(fields(problem))
        .containsExactly(
            "testOrigins[1]",
            "testOrigins[2]",
            "testOrigins[3]",
            "testOrigins[4]",
            "testOrigins[5]");
  }

  @Test
  void theTestRuleNeedsHoursAndRegionsTogether() {
    Problem hoursAlone =
        catchThrowableOfType(
            Problem.class,
            () -> new ScreeningPolicy(true, null, 48, List.of(), new BigDecimal("37.3")));
    assertThat(fields(hoursAlone)).containsExactly("testOrigins");
    Problem regionsAlone =
        catchThrowableOfType(
            Problem.class,
            () -> new ScreeningPolicy(true, null, null, List.of("31"), new BigDecimal("37.3")));
    assertThat(fields(regionsAlone)).containsExactly("testOrigins");
  }

  @Test
  void outOfRangeValuesAreRefusedTogether() {
    Problem problem =
        catchThrowableOfType(
            Problem.class,
            () -> new ScreeningPolicy(true, -1, 0, List.of("31"), new BigDecimal("36.9")));
    assertThat(fields(problem)).containsExactly("riskAreaDays", "testMaxAgeHours", "feverFrom");
    assertThat(
            fields(
                catchThrowableOfType(
                    Problem.class, () -> new ScreeningPolicy(true, 61, 169, List.of("31"), null))))
        .containsExactly("riskAreaDays", "testMaxAgeHours", "feverFrom");
    assertThat(
            fields(
                catchThrowableOfType(
                    Problem.class,
                    () -> new ScreeningPolicy(true, null, null, null, new BigDecimal("37.25")))))
        .containsExactly("feverFrom");
  }

  @Test
  void tooManyRegionsAreRefused() {
    List<String> many = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "31").toList();
    assertThat(
            fields(
                catchThrowableOfType(
                    Problem.class,
                    () -> new ScreeningPolicy(true, null, 48, many, new BigDecimal("37.3")))))
        .containsExactly("testOrigins");
  }

  @Test
  void theFeverMarkKeepsOneDecimal() {
    assertThat(new ScreeningPolicy(true, null, null, null, new BigDecimal("37")).feverFrom())
        .isEqualByComparingTo("37.0")
        .hasToString("37.0");
  }

  // ---- travellers ----

  @Test
  void badChecksAreRefusedByField() {
    Problem problem =
        catchThrowableOfType(
            Problem.class, () -> new Traveller(null, -1, -2, new BigDecimal("45.0"), "31"));
    assertThat(fields(problem))
        .containsExactly("healthCode", "riskAreaDaysAgo", "testAgeHours", "temperature", "origin");
    assertThat(
            fields(
                catchThrowableOfType(
                    Problem.class,
                    () -> new Traveller(GREEN, null, null, new BigDecimal("36.55"), null))))
        .containsExactly("temperature");
    assertThat(
            fields(
                catchThrowableOfType(
                    Problem.class, () -> new Traveller(GREEN, null, null, null, "3101150"))))
        .containsExactly("temperature", "origin");
  }

  @Test
  void theirChecksAreNotWrittenOut() {
    assertThat(local().toString()).doesNotContain("36.5").doesNotContain("330182");
  }
}
