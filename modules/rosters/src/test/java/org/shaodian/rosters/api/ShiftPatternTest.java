package org.shaodian.rosters.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.problem.Problem;

class ShiftPatternTest {

  @Test
  void threeEightsRunRoundTheClockInShanghaiTime() {
    Shift night = ShiftPattern.THREE_EIGHTS.shift(1).orElseThrow();
    Shift evening = ShiftPattern.THREE_EIGHTS.shift(3).orElseThrow();
    LocalDate day = LocalDate.of(2026, 11, 30);
    assertThat(night.startOn(day)).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
    assertThat(evening.endOn(day)).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    assertThat(night.isNight()).isTrue();
    assertThat(ShiftPattern.THREE_EIGHTS.shift(2).orElseThrow().isNight()).isFalse();
    assertThat(evening.isNight()).isFalse();
    assertThat(evening.label()).isEqualTo("16:00–00:00");
    assertThat(ShiftPattern.THREE_EIGHTS.next(evening).no()).isEqualTo(1);
  }

  @Test
  void aTwelveHourNightShiftRunsIntoTheNextDayAndIsANightShift() {
    Shift night = ShiftPattern.TWO_TWELVES.shift(2).orElseThrow();
    assertThat(night.isNight()).isTrue();
    assertThat(night.label()).isEqualTo("20:00–08:00");
    assertThat(ShiftPattern.TWO_TWELVES.shift(3)).isEmpty();
  }

  @Test
  void shiftsMayNotOverlapEvenAcrossMidnight() {
    assertThat(invalid(new int[][] {{0, 12}, {8, 8}})).isEqualTo("shifts");
    assertThat(invalid(new int[][] {{8, 12}, {20, 14}})).isEqualTo("shifts");
    assertThat(invalid(new int[][] {{8, 8}, {6, 4}})).isEqualTo("shifts");
    assertThat(invalid(new int[][] {{24, 1}})).isEqualTo("shifts");
    assertThat(invalid(new int[][] {{0, 25}})).isEqualTo("shifts");
    assertThat(invalid(new int[][] {})).isEqualTo("shifts");
    assertThat(ShiftPattern.of(new int[][] {{8, 10}}).shifts()).hasSize(1);
    assertThat(ShiftPattern.of(new int[][] {{0, 24}}).shift(1).orElseThrow().isNight()).isTrue();
  }

  @Test
  void aNeedCarriesWhatItsDutyImplies() {
    StaffingNeed swabs = StaffingNeed.of(DutyRole.SWAB_TAKER, 1, Qualification.FIRST_AID);
    assertThat(swabs.required())
        .containsExactlyInAnyOrder(Qualification.SWAB_SAMPLING, Qualification.FIRST_AID);
    assertThat(StaffingNeed.of(DutyRole.GUIDE, 2).required()).isEmpty();
    assertThat(StaffingNeed.of(DutyRole.GROUP_LEADER, 1).required())
        .containsExactly(Qualification.SHIFT_LEADERSHIP);
  }

  private static String invalid(int[][] shifts) {
    Problem problem = catchThrowableOfType(Problem.class, () -> ShiftPattern.of(shifts));
    assertThat(problem).as("pattern refused").isNotNull();
    return problem.fieldErrors().get(0).field();
  }
}
