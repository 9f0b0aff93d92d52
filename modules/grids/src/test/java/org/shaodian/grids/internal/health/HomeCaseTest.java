package org.shaodian.grids.internal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.grids.api.HomeCaseDetails;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** A case's schedule: what is due, done and overdue, day by day; its end. */
class HomeCaseTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
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

  static HomeCase open(HomeCaseKind kind, LocalDate starts, Integer every, Set<Integer> tests) {
    return HomeCase.open(
        new HomeCaseDetails(
            "叶建华",
            IdNumber.of("33018219530715002X"),
            null,
            GRID.code(),
            kind,
            starts,
            null,
            every,
            tests),
        GRID,
        "grids",
        "",
        TODAY,
        "yangan-grid",
        NOW);
  }

  @Test
  void theKindGivesTheScheduleAndADayIsOverdueOnlyOnceItIsOver() {
    HomeCase isolation = open(HomeCaseKind.HOME_ISOLATION, TODAY.minusDays(3), null, null);
    assertThat(isolation.endsOn()).isEqualTo(TODAY.plusDays(10));
    assertThat(isolation.testDays()).containsExactly(1, 4, 7, 14);

    CaseVisit first =
        isolation.visit(TODAY.minusDays(3), true, true, 36.5, null, TODAY, "yangan-grid", NOW);
    CaseVisit second =
        isolation.visit(TODAY.minusDays(2), false, true, null, null, TODAY, "yangan-grid", NOW);
    var schedule =
        isolation.schedule(Map.of(first.visitedOn(), first, second.visitedOn(), second), TODAY);

    assertThat(schedule).hasSize(14);
    assertThat(schedule.get(0).overdue()).isFalse();
    assertThat(schedule.get(1).overdue()).isFalse();
    assertThat(schedule.get(2).overdue()).isTrue(); // yesterday, nobody came
    assertThat(schedule.get(3).testDue()).isTrue(); // day 4, today: due, not overdue yet
    assertThat(schedule.get(3).overdue()).isFalse();
  }

  @Test
  void aVisitEveryFewDaysLeavesTheDaysBetweenOut() {
    HomeCase monitoring = open(HomeCaseKind.DAILY_MONITORING, TODAY.minusDays(6), 3, Set.of(7));
    var schedule = monitoring.schedule(Map.of(), TODAY);

    assertThat(schedule).extracting(HomeCase.Due::day).containsExactly(1, 4, 7);
    assertThat(schedule).extracting(HomeCase.Due::overdue).containsExactly(true, true, false);
  }

  @Test
  void aFeverIsFlaggedAndWhatWasFoundIsSealedAsAHealthNote() {
    HomeCase observation = open(HomeCaseKind.HOME_OBSERVATION, TODAY, null, null);
    CaseVisit visit = observation.visit(TODAY, false, true, 37.3, "咳嗽", TODAY, "yangan-grid", NOW);
    assertThat(visit.fever()).isTrue();
    assertThat(visit.observation().reveal()).isEqualTo("37.3℃,咳嗽");
    assertThat(visit.observation().masked()).isEqualTo("****");
  }

  @Test
  void anEndedCaseTakesNoVisitsAndFreesThePerson() {
    HomeCase isolation = open(HomeCaseKind.HOME_ISOLATION, TODAY.minusDays(2), null, null);
    isolation.end(TODAY.minusDays(1), "转运集中隔离", TODAY);

    assertThat(isolation.endsOn()).isEqualTo(TODAY.minusDays(1));
    assertThat(isolation.isOverOn(TODAY)).isTrue();
    Problem refused =
        catchThrowableOfType(
            Problem.class,
            () -> isolation.visit(TODAY.minusDays(1), false, true, null, null, TODAY, "x", NOW));
    assertThat(refused.status()).isEqualTo(409);
  }

  @Test
  void aScheduleThatDoesNotFitIsRefusedNamingTheField() {
    Problem tooLong =
        catchThrowableOfType(
            Problem.class, () -> open(HomeCaseKind.HOME_ISOLATION, TODAY, 15, Set.of(1)));
    assertThat(tooLong.fieldErrors().get(0).field()).isEqualTo("visitEvery");
    Problem testDay =
        catchThrowableOfType(
            Problem.class, () -> open(HomeCaseKind.HOME_OBSERVATION, TODAY, null, Set.of(8)));
    assertThat(testDay.fieldErrors().get(0).field()).isEqualTo("testDays");
  }
}
