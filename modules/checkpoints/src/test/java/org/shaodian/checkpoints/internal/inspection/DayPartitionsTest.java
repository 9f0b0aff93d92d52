package org.shaodian.checkpoints.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.ConstraintRule;

class DayPartitionsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void aDaysPartitionIsNamedByTheDayAndFoundByItsName() {
    String partition = DayPartitions.partition(DayPartitions.INSPECTIONS, DAY);
    assertThat(partition).isEqualTo("checkpoints_inspection_p20260301");
    assertThat(DayPartitions.dayOf(DayPartitions.INSPECTIONS, partition)).contains(DAY);
    assertThat(DayPartitions.partition(DayPartitions.PEOPLE, DAY))
        .isEqualTo("checkpoints_inspected_person_p20260301");
    assertThat(
            DayPartitions.dayOf(
                DayPartitions.PEOPLE, DayPartitions.partition(DayPartitions.PEOPLE, DAY)))
        .contains(DAY);
  }

  @Test
  void otherTablesAndTheDefaultHaveNoDay() {
    assertThat(DayPartitions.dayOf(DayPartitions.INSPECTIONS, "checkpoints_inspection_default"))
        .isEmpty();
    // the people's partitions are not the inspections' though their name begins alike
    assertThat(
            DayPartitions.dayOf(
                DayPartitions.INSPECTIONS, "checkpoints_inspected_person_p20260301"))
        .isEmpty();
    assertThat(DayPartitions.dayOf(DayPartitions.INSPECTIONS, "checkpoints_inspection_p20261399"))
        .isEmpty();
    assertThat(DayPartitions.dayOf(DayPartitions.INSPECTIONS, "checkpoints_inspection_p2026"))
        .isEmpty();
    assertThat(DayPartitions.dayOf(DayPartitions.INSPECTIONS, null)).isEmpty();
  }

  @Test
  void eachPartitionsKeyIsNamedSoThatTheRuleKnowsIt() {
    ConstraintRule rule =
        ConstraintRule.conflict(DayPartitions.ONE_PER_DEVICE_ID, Text.of("冲突", "conflict"));
    for (String partition :
        List.of(
            DayPartitions.partition(DayPartitions.INSPECTIONS, DAY),
            DayPartitions.defaultPartition(DayPartitions.INSPECTIONS))) {
      String key = DayPartitions.keyName(partition);
      assertThat(key.length()).isLessThanOrEqualTo(63); // PostgreSQL's longest name
      assertThat(rule.isNamedIn("duplicate key value violates unique constraint \"" + key + "\""))
          .isTrue();
    }
    assertThat(DayPartitions.keyName("checkpoints_inspection_p20260301"))
        .isEqualTo("checkpoints_one_inspection_per_device_id_part_20260301");
    assertThat(DayPartitions.keyName("checkpoints_inspection_default"))
        .isEqualTo("checkpoints_one_inspection_per_device_id_part_default");
  }

  @Test
  void theDaysMadeRunFromBehindToAheadOfToday() {
    assertThat(DayPartitions.days(DAY, 2, 3))
        .containsExactly(
            LocalDate.of(2026, 2, 27),
            LocalDate.of(2026, 2, 28),
            DAY,
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 3),
            LocalDate.of(2026, 3, 4));
    assertThat(DayPartitions.days(DAY, 0, 0)).containsExactly(DAY);
    assertThatThrownBy(() -> DayPartitions.days(DAY, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePurgeLooksAtTheDaysUpToTheEpisodesLastDay() {
    List<LocalDate> days = List.of(DAY.plusDays(1), DAY, DAY.minusDays(40), DAY.minusDays(1));
    assertThat(DayPartitions.purgeCandidates(days, DAY))
        .containsExactly(DAY.minusDays(40), DAY.minusDays(1), DAY);
    assertThat(DayPartitions.purgeCandidates(days, DAY.minusDays(41))).isEmpty();
  }
}
