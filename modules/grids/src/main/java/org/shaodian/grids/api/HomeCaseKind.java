package org.shaodian.grids.api;

import java.util.Set;
import org.shaodian.kernel.api.i18n.Text;

/**
 * The kinds of home health management, with the schedule a case of the kind gets unless it is given
 * another: how many days, a visit every how many days, and on which days (day 1 is the first) a
 * test is due.
 */
public enum HomeCaseKind {
  HOME_ISOLATION(Text.of("居家隔离", "home isolation"), 14, 1, Set.of(1, 4, 7, 14)),
  HOME_OBSERVATION(Text.of("居家观察", "home observation"), 7, 1, Set.of(1, 4, 7)),
  DAILY_MONITORING(Text.of("日常健康监测", "daily health monitoring"), 7, 1, Set.of(1, 7));

  private final Text label;
  private final int days;
  private final int visitEvery;
  private final Set<Integer> testDays;

  HomeCaseKind(Text label, int days, int visitEvery, Set<Integer> testDays) {
    this.label = label;
    this.days = days;
    this.visitEvery = visitEvery;
    this.testDays = testDays;
  }

  public Text label() {
    return label;
  }

  public int days() {
    return days;
  }

  public int visitEvery() {
    return visitEvery;
  }

  public Set<Integer> testDays() {
    return testDays;
  }
}
