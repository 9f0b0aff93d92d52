package org.shaodian.checkpoints.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.ScreeningDecision;
import org.shaodian.checkpoints.api.TravellerRole;
import org.shaodian.checkpoints.api.VehicleKind;
import org.shaodian.kernel.api.personal.HealthNote;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PersonName;
import org.shaodian.kernel.api.personal.PlateNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;

class InspectionTest {

  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
  static final UUID CHECKPOINT = UUID.randomUUID();

  @BeforeAll
  static void keys() {
    Sealed.install(
        new Sealed.Keys(
            Map.of(1, "test-only personal-data key 1!!!".getBytes(StandardCharsets.UTF_8)),
            1,
            "test-only blind index key, 32 b!".getBytes(StandardCharsets.UTF_8)));
  }

  static Inspection guided(Instant at) {
    return Inspection.guided(UUID.randomUUID(), CHECKPOINT, "/330100/", 1, at, null, "hash", NOW);
  }

  static Inspection.Record car(ScreeningDecision... decisions) {
    List<Inspection.Judged> people =
        java.util.stream.IntStream.range(0, decisions.length)
            .mapToObj(
                i ->
                    new Inspection.Judged(
                        new InspectedPerson(
                            i + 1,
                            i == 0 ? TravellerRole.DRIVER : TravellerRole.PASSENGER,
                            PersonName.of("王建国"),
                            IdNumber.of("330182195307150011"),
                            null,
                            HealthNote.of("绿码")),
                        decisions[i]))
            .toList();
    return new Inspection.Record(
        InspectionSubject.VEHICLE,
        VehicleKind.CAR,
        PlateNumber.of("浙A12345"),
        null,
        people,
        UUID.randomUUID(),
        UUID.randomUUID(),
        "shouchang-checkpoint",
        LocalDate.of(2026, 11, 29),
        2);
  }

  static Inspection recorded(ScreeningDecision... decisions) {
    Inspection inspection = guided(NOW.minusSeconds(60));
    inspection.verify(NOW.minusSeconds(50), NOW);
    inspection.record(car(decisions), NOW.minusSeconds(40), NOW);
    return inspection;
  }

  @Test
  void theFourStepsGoInOrderAndAreTimed() {
    Inspection inspection = recorded(ScreeningDecision.PASS, ScreeningDecision.PASS);
    inspection.divert(DivertOutcome.RELEASED, null, NOW.minusSeconds(30), NOW);

    assertThat(inspection.outcome()).isEqualTo(DivertOutcome.RELEASED);
    assertThat(inspection.people()).isEqualTo(2);
    assertThat(inspection.divertedAt()).isEqualTo(NOW.minusSeconds(30));
    // each person on the inspection's duty day, as PostgreSQL partitions them
    assertThat(inspection.persons())
        .extracting(InspectedPerson::day)
        .containsOnly(inspection.day())
        .hasSize(2);
    // the same step twice, or a step before its predecessor
    assertThat(
            catchThrowableOfType(
                    Problem.class, () -> inspection.divert(DivertOutcome.RELEASED, null, NOW, NOW))
                .status())
        .isEqualTo(409);
  }

  @Test
  void divertRefusesAStepOutOfOrder() {
    Inspection inspection = guided(NOW.minusSeconds(60));
    Problem early =
        catchThrowableOfType(
            Problem.class, () -> inspection.divert(DivertOutcome.RELEASED, null, NOW, NOW));
    assertThat(early.status()).isEqualTo(409);
    Problem before =
        catchThrowableOfType(Problem.class, () -> inspection.verify(NOW.minusSeconds(61), NOW));
    assertThat(before.fieldErrors().get(0).field()).isEqualTo("verifiedAt");
  }

  @Test
  void noStepLiesInTheFutureOrLongAgo() {
    assertThat(
            catchThrowableOfType(Problem.class, () -> guided(NOW.plusSeconds(600)))
                .fieldErrors()
                .get(0)
                .field())
        .isEqualTo("guidedAt");
    assertThat(catchThrowableOfType(Problem.class, () -> guided(NOW.minusSeconds(4 * 86_400))))
        .isNotNull();
    Inspection inspection = guided(NOW.minusSeconds(60));
    assertThat(
            catchThrowableOfType(Problem.class, () -> inspection.verify(NOW.plusSeconds(600), NOW)))
        .isNotNull();
  }

  @Test
  void thePolicysJudgementBindsWhereTheyMayGo() {
    Inspection refer = recorded(ScreeningDecision.PASS, ScreeningDecision.REFER);
    Problem released =
        catchThrowableOfType(
            Problem.class, () -> refer.divert(DivertOutcome.RELEASED, null, NOW, NOW));
    assertThat(released.fieldErrors().get(0).field()).isEqualTo("outcome");
    assertThat(
            catchThrowableOfType(
                Problem.class, () -> refer.divert(DivertOutcome.TESTED_ON_SITE, null, NOW, NOW)))
        .isNotNull();
    refer.divert(DivertOutcome.PERSUADED_BACK, null, NOW, NOW);

    Inspection test = recorded(ScreeningDecision.TEST_ON_SITE);
    assertThat(
            catchThrowableOfType(
                Problem.class, () -> test.divert(DivertOutcome.RELEASED, null, NOW, NOW)))
        .isNotNull();
    test.divert(DivertOutcome.TESTED_ON_SITE, null, NOW, NOW);
  }

  @Test
  void aHandOverNamesWhereTheyGo() {
    Inspection inspection = recorded(ScreeningDecision.REFER);
    Problem nowhere =
        catchThrowableOfType(
            Problem.class, () -> inspection.divert(DivertOutcome.HOME_MANAGEMENT, null, NOW, NOW));
    assertThat(nowhere.fieldErrors().get(0).field()).isEqualTo("destination");
    inspection.divert(DivertOutcome.HOME_MANAGEMENT, RegionCode.of("330182107201"), NOW, NOW);
    assertThat(inspection.destination()).isEqualTo(RegionCode.of("330182107201"));
  }

  @Test
  void onlyAnInspectionTestedOnSiteTakesATestResult() {
    Inspection released = recorded(ScreeningDecision.PASS);
    released.divert(DivertOutcome.RELEASED, null, NOW, NOW);
    assertThat(
            catchThrowableOfType(
                    Problem.class,
                    () ->
                        released.testResult(
                            org.shaodian.kernel.api.personal.TestOutcome.NEGATIVE, NOW))
                .status())
        .isEqualTo(409);
  }
}
