package org.shaodian.checkpoints.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shaodian.checkpoints.api.HealthCodeColour;
import org.shaodian.checkpoints.api.ScreeningDecision;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** A version's time: not in the past, not beyond a year; what it keeps; where it applies. */
class PolicyVersionTest {

  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
  static final Region SHOUCHANG =
      new Region(
          RegionCode.of("330182107000"),
          "寿昌镇",
          "Shouchang",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182107000/");
  static final ScreeningPolicy TEA_SEASON =
      new ScreeningPolicy(true, 14, 48, List.of("31", "3205"), new BigDecimal("37.3"));

  static PolicyVersion issue(Instant effectiveFrom) {
    return PolicyVersion.issue(
        UUID.randomUUID(), SHOUCHANG, effectiveFrom, TEA_SEASON, "春茶采摘期", "shouchang-command", NOW);
  }

  static String field(Problem problem) {
    return problem.fieldErrors().stream().map(FieldError::field).findFirst().orElseThrow();
  }

  @Test
  void takesEffectFromAFewMinutesAgoToAYearAhead() {
    PolicyVersion soon = issue(NOW.plusSeconds(5).plusMillis(300));
    assertThat(soon.effectiveFrom()).isEqualTo(NOW.plusSeconds(5));
    assertThat(soon.isEffectiveAt(NOW)).isFalse();
    assertThat(soon.isEffectiveAt(NOW.plusSeconds(5))).isTrue();
    assertThat(issue(NOW.minus(Duration.ofMinutes(5))).isEffectiveAt(NOW)).isTrue();
    assertThat(issue(Instant.parse("2027-11-29T02:00:00Z")).effectiveFrom())
        .isEqualTo(Instant.parse("2027-11-29T02:00:00Z"));
  }

  @Test
  void doesNotRewriteWhatWasInForce() {
    Problem past =
        catchThrowableOfType(
            Problem.class, () -> issue(NOW.minus(Duration.ofMinutes(5)).minusSeconds(1)));
    assertThat(past.status()).isEqualTo(400);
    assertThat(field(past)).isEqualTo("effectiveFrom");
  }

  @Test
  void isNotIssuedMoreThanAYearAhead() {
    Problem far =
        catchThrowableOfType(Problem.class, () -> issue(Instant.parse("2027-11-29T02:00:01Z")));
    assertThat(field(far)).isEqualTo("effectiveFrom");
  }

  @Test
  void keepsItsRulesAsIssued() {
    PolicyVersion version = issue(NOW);
    assertThat(version.policy()).isEqualTo(TEA_SEASON);
    assertThat(version.regionCode().value()).isEqualTo("330182107000");
    assertThat(version.regionPath()).isEqualTo(SHOUCHANG.path());
    assertThat(version.issuedBy()).isEqualTo("shouchang-command");
    assertThat(version.issuedAt()).isEqualTo(NOW);
    PolicyInForce inForce = PolicyInForce.of(version);
    assertThat(inForce.versionId()).isEqualTo(version.id());
    assertThat(
            inForce
                .judge(
                    new Traveller(
                        HealthCodeColour.GREEN, null, 50, new BigDecimal("36.6"), "310104"))
                .decision())
        .isEqualTo(ScreeningDecision.TEST_ON_SITE);
    assertThat(inForce.isInheritedBy(SHOUCHANG.path())).isFalse();
    assertThat(inForce.isInheritedBy(SHOUCHANG.path() + "330182107201/")).isTrue();
  }

  @Test
  void appliesToThePlaceAndEveryRegionAboveIt() {
    assertThat(PolicyVersion.pathsUpFrom("/330100/330182/330182107000/330182107201/"))
        .containsExactly(
            "/330100/330182/330182107000/330182107201/",
            "/330100/330182/330182107000/",
            "/330100/330182/",
            "/330100/");
    assertThat(PolicyVersion.pathsUpFrom("/330100/")).containsExactly("/330100/");
  }
}
