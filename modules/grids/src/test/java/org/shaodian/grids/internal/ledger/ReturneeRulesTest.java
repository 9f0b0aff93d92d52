package org.shaodian.grids.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.grids.api.ReturneeDetails;
import org.shaodian.grids.api.ReturneeSource;
import org.shaodian.grids.api.TestKind;
import org.shaodian.grids.api.TravelMode;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.personal.TestOutcome;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** One person, one entry: how later sources join it, and which tests fit it. */
class ReturneeRulesTest {

  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final IdNumber ID = IdNumber.of("33018219530715002X");
  static final Region GRID =
      new Region(
          RegionCode.of("330182002001001"),
          "洋安社区第一网格",
          "Yang'an Grid 1",
          RegionLevel.GRID,
          RegionCode.of("330182002001"),
          "/330100/330182/330182002000/330182002001/330182002001001/");

  @BeforeAll
  static void keys() {
    Sealed.install(
        new Sealed.Keys(
            Map.of(1, "test-only personal-data key 1!!!".getBytes(StandardCharsets.UTF_8)),
            1,
            "test-only blind index key, 32 b!".getBytes(StandardCharsets.UTF_8)));
  }

  static ReturneeDetails details(
      PhoneNumber phone, LocalDate arrived, TravelHistory travel, boolean risk) {
    return new ReturneeDetails(
        "邵建国", ID, phone, GRID.code(), arrived, TravelMode.TRAIN, travel, risk);
  }

  @Test
  void aLaterSourceFillsTheGapsAndKeepsWhatWasThere() {
    Returnee entry =
        Returnee.register(
            details(null, TODAY.minusDays(1), null, false),
            GRID,
            ReturneeSource.DOOR_TO_DOOR,
            "",
            "yangan-grid",
            NOW);

    boolean joined =
        entry.registerAgain(
            details(
                PhoneNumber.of("13857101234"),
                TODAY.minusDays(3),
                TravelHistory.of("上海 → 建德"),
                true),
            ReturneeSource.CHECKPOINT,
            "inspection-7",
            "shouchang-checkpoint",
            NOW.plusSeconds(60));

    assertThat(joined).isTrue();
    assertThat(entry.phone()).isEqualTo(PhoneNumber.of("13857101234"));
    assertThat(entry.travel()).isEqualTo(TravelHistory.of("上海 → 建德"));
    assertThat(entry.arrivedOn()).isEqualTo(TODAY.minusDays(3));
    assertThat(entry.throughRiskArea()).isTrue();
    assertThat(entry.registrations())
        .extracting(Returnee.Registration::source)
        .containsExactly(ReturneeSource.DOOR_TO_DOOR, ReturneeSource.CHECKPOINT);

    // what a source said first stays; a risk area said once stays said
    entry.registerAgain(
        details(PhoneNumber.of("13957109999"), TODAY, TravelHistory.of("杭州"), false),
        ReturneeSource.REQUEST,
        "",
        "yangan-grid",
        NOW.plusSeconds(120));
    assertThat(entry.phone()).isEqualTo(PhoneNumber.of("13857101234"));
    assertThat(entry.travel()).isEqualTo(TravelHistory.of("上海 → 建德"));
    assertThat(entry.throughRiskArea()).isTrue();
  }

  @Test
  void theSameSourceAndReferenceTwiceChangesNothing() {
    Returnee entry =
        Returnee.register(
            details(null, TODAY, null, false),
            GRID,
            ReturneeSource.CHECKPOINT,
            "inspection-1",
            "shouchang-checkpoint",
            NOW);

    assertThat(
            entry.registerAgain(
                details(PhoneNumber.of("13857101234"), TODAY.minusDays(5), null, true),
                ReturneeSource.CHECKPOINT,
                "inspection-1",
                "shouchang-checkpoint",
                NOW))
        .isFalse();
    assertThat(entry.phone()).isNull();
    assertThat(entry.throughRiskArea()).isFalse();
    assertThat(entry.registrations()).hasSize(1);
  }

  @Test
  void aTestIsTakenBetweenTwoWeeksBeforeArrivalAndToday() {
    Returnee entry =
        Returnee.register(
            details(null, TODAY.minusDays(2), null, false),
            GRID,
            ReturneeSource.DOOR_TO_DOOR,
            "",
            "yangan-grid",
            NOW);

    assertThat(
            ReturneeTest.of(
                    entry, TODAY, TestKind.ANTIGEN, TestOutcome.NEGATIVE, TODAY, "yangan-grid", NOW)
                .outcome())
        .isEqualTo(TestOutcome.NEGATIVE);
    for (LocalDate wrong : new LocalDate[] {TODAY.plusDays(1), TODAY.minusDays(17)}) {
      Problem refused =
          catchThrowableOfType(
              Problem.class,
              () ->
                  ReturneeTest.of(
                      entry,
                      wrong,
                      TestKind.NUCLEIC_ACID,
                      TestOutcome.PENDING,
                      TODAY,
                      "yangan-grid",
                      NOW));
      assertThat(refused.fieldErrors().get(0).field()).isEqualTo("takenOn");
    }
  }
}
