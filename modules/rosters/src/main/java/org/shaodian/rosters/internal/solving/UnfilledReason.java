package org.shaodian.rosters.internal.solving;

import org.shaodian.kernel.api.i18n.Text;

/**
 * Why a seat stayed open: the dominant reason among the qualified people near the post, judged on
 * the final roster.
 */
public enum UnfilledReason {
  NO_QUALIFIED_PERSON(Text.of("附近无人具备所需资质", "nobody nearby has the qualification")),
  QUALIFIED_PEOPLE_UNAVAILABLE(
      Text.of("具备资质的人员均在休假或隔离", "the qualified people are on leave or in quarantine")),
  QUALIFIED_PEOPLE_ON_DUTY(
      Text.of("具备资质的人员同一时段已在值守", "the qualified people are on another duty at that time")),
  REST_RULE(Text.of("具备资质的人员两班间休息不足 16 小时", "the qualified people would rest less than 16 h")),
  WEEKLY_LIMIT(
      Text.of("具备资质的人员 7 天内已排满 6 班", "the qualified people already have 6 shifts in 7 days")),
  /**
   * Someone qualified was free for it; the solver stopped (time limit or stop) before filling it.
   */
  SOLVER_STOPPED(
      Text.of("有合格人员空闲, 但求解在填补前已停止", "someone qualified was free; solving stopped first"));

  private final Text label;

  UnfilledReason(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
