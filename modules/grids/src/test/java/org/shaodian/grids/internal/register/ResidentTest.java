package org.shaodian.grids.internal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.grids.api.ResidentFlag;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** The register's rules about one resident: flags that fit, the blind index, what changed. */
class ResidentTest {

  /** 2026-11-29 10:00 in Shanghai. */
  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

  static final Region GRID =
      new Region(
          RegionCode.of("330182002001001"),
          "洋安社区第一网格",
          "Yang'an Grid 1",
          RegionLevel.GRID,
          RegionCode.of("330182002001"),
          "/330100/330182/330182002000/330182002001/330182002001001/");

  /** Born 1953-07-15: 73 on the day. */
  static final IdNumber ELDER = IdNumber.of("33018219530715002X");

  /** Born 1990-03-07: 36 on the day. */
  static final IdNumber YOUNGER = IdNumber.of(withCheckDigit("33018219900307123"));

  static String withCheckDigit(String first17) {
    return first17 + IdNumber.checkDigit(first17);
  }

  @BeforeAll
  static void keys() {
    Sealed.install(
        new Sealed.Keys(
            Map.of(1, "test-only personal-data key 1!!!".getBytes(StandardCharsets.UTF_8)),
            1,
            "test-only blind index key, 32 b!".getBytes(StandardCharsets.UTF_8)));
  }

  static Dwelling dwelling(String room) {
    return Building.of(GRID, "3幢", NOW).dwelling("1单元", room, NOW);
  }

  static ResidentDetails details(IdNumber id, ResidentFlag... flags) {
    return new ResidentDetails(
        "周桂英", id, PhoneNumber.of("13857101234"), HouseholdRelation.HEAD, Set.of(flags));
  }

  @Test
  void aResidentLivesInADwellingOfTheGrid() {
    Dwelling dwelling = dwelling("302");
    Resident resident = Resident.register(details(ELDER, ResidentFlag.NEEDS_HELP), dwelling, NOW);

    assertThat(resident.dwelling()).isEqualTo(dwelling.id());
    assertThat(resident.regionPath()).isEqualTo(GRID.path());
    assertThat(resident.flags()).containsExactly(ResidentFlag.NEEDS_HELP);
    assertThat(resident.idNumber()).isEqualTo(ELDER);
  }

  @Test
  void theBlindIndexMatchesTheSamePersonAndNobodyElse() {
    Resident first = Resident.register(details(ELDER), dwelling("301"), NOW);
    Resident again =
        Resident.register(details(IdNumber.of("33018219530715002X")), dwelling("302"), NOW);
    Resident other = Resident.register(details(YOUNGER), dwelling("303"), NOW);

    assertThat(Resident.indexOf(first.idNumber())).isEqualTo(Resident.indexOf(again.idNumber()));
    assertThat(Resident.indexOf(first.idNumber())).isNotEqualTo(Resident.indexOf(other.idNumber()));
    assertThat(Resident.indexOf(ELDER)).doesNotContain("330182").hasSize(43);
  }

  @Test
  void elderlyLivingAloneMeansSixtyOrOlderByTheIdNumber() {
    assertThat(
            Resident.register(details(ELDER, ResidentFlag.ELDERLY_LIVING_ALONE), dwelling("1"), NOW)
                .flags())
        .containsExactly(ResidentFlag.ELDERLY_LIVING_ALONE);

    Problem refused =
        catchThrowableOfType(
            Problem.class,
            () ->
                Resident.register(
                    details(YOUNGER, ResidentFlag.ELDERLY_LIVING_ALONE), dwelling("2"), NOW));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("flags"));
  }

  @Test
  void theDayBeforeTheSixtiethBirthdayIsStillTooYoung() {
    IdNumber sixtyTomorrow = IdNumber.of(withCheckDigit("33018219661130002"));
    IdNumber sixtyToday = IdNumber.of(withCheckDigit("33018219661129002"));

    assertThat(Resident.ageOn(sixtyTomorrow, java.time.LocalDate.of(2026, 11, 29))).isEqualTo(59);
    assertThat(Resident.ageOn(sixtyToday, java.time.LocalDate.of(2026, 11, 29))).isEqualTo(60);
    catchThrowableOfType(
        Problem.class,
        () ->
            Resident.register(
                details(sixtyTomorrow, ResidentFlag.ELDERLY_LIVING_ALONE), dwelling("3"), NOW));
  }

  @Test
  void anInServicePartyMemberIsAPartyMember() {
    Problem refused =
        catchThrowableOfType(
            Problem.class,
            () ->
                Resident.register(
                    details(YOUNGER, ResidentFlag.SERVING_PARTY_MEMBER), dwelling("4"), NOW));
    assertThat(refused.fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("flags"));

    assertThat(
            Resident.register(
                    details(YOUNGER, ResidentFlag.SERVING_PARTY_MEMBER, ResidentFlag.PARTY_MEMBER),
                    dwelling("5"),
                    NOW)
                .flags())
        .containsExactly(ResidentFlag.PARTY_MEMBER, ResidentFlag.SERVING_PARTY_MEMBER);
  }

  @Test
  void aChangeSaysWhatChangedAndARefusedOneChangesNothing() {
    Dwelling home = dwelling("601");
    Resident resident = Resident.register(details(ELDER), home, NOW);

    Dwelling next = dwelling("602");
    assertThat(resident.change(details(ELDER, ResidentFlag.NEEDS_HELP), next, NOW))
        .containsExactly("dwelling", "flags");
    assertThat(resident.change(details(ELDER, ResidentFlag.NEEDS_HELP), next, NOW)).isEmpty();

    catchThrowableOfType(
        Problem.class,
        () -> resident.change(details(ELDER, ResidentFlag.SERVING_PARTY_MEMBER), home, NOW));
    assertThat(resident.dwelling()).isEqualTo(next.id());
    assertThat(resident.flags()).containsExactly(ResidentFlag.NEEDS_HELP);
  }
}
