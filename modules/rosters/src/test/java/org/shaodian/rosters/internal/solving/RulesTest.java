package org.shaodian.rosters.internal.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.rosters.internal.solving.Fixtures.at;
import static org.shaodian.rosters.internal.solving.Fixtures.shift;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void aNightShiftCoversSomeTimeBetweenMidnightAndSixInShanghai() {
    assertThat(Rules.isNight(shift(0, 0).start(), shift(0, 0).end())).isTrue();
    assertThat(Rules.isNight(shift(0, 1).start(), shift(0, 1).end())).isFalse();
    assertThat(Rules.isNight(shift(0, 2).start(), shift(0, 2).end())).isFalse(); // ends at 24:00
    assertThat(Rules.isNight(at(0, 22), at(1, 2))).isTrue();
    assertThat(Rules.isNight(at(0, 5), at(0, 13))).isTrue();
    assertThat(Rules.isNight(at(0, 6), at(0, 14))).isFalse();
  }

  @Test
  void theWeeklyExcessIsCountedInTheFullestWindow() {
    long day = 24 * 3600L;
    long[] seven = {6 * day, 0, day, 2 * day, 3 * day, 4 * day, 5 * day};
    assertThat(Rules.weeklyExcess(seven, 7)).isEqualTo(1);
    long[] spread = {0, day, 2 * day, 3 * day, 4 * day, 5 * day, 7 * day};
    assertThat(Rules.weeklyExcess(spread, 7)).isZero();
    long[] eight = {0, 1, 2, 3, 4, 5, 6, 7};
    assertThat(Rules.weeklyExcess(eight, 8)).isEqualTo(2);
  }

  @Test
  void periodsAreSortedPairs() {
    long[] periods = Rules.periods(List.of(shift(2, 1), shift(0, 1)));
    assertThat(periods).hasSize(4);
    assertThat(periods[0]).isEqualTo(shift(0, 1).start().getEpochSecond());
    assertThat(Rules.anyOverlap(periods, at(2, 15).getEpochSecond(), at(2, 17).getEpochSecond()))
        .isTrue();
    assertThat(Rules.anyOverlap(periods, at(2, 16).getEpochSecond(), at(2, 17).getEpochSecond()))
        .isFalse();
  }
}
