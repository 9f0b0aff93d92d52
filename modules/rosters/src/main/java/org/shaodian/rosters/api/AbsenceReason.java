package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** Why a person cannot serve for a while. */
public enum AbsenceReason {
  LEAVE(Text.of("请假", "leave")),
  DUTY_ELSEWHERE(Text.of("另有任务", "duty elsewhere")),
  QUARANTINED(Text.of("隔离", "quarantined")),
  ILL(Text.of("生病", "ill")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  AbsenceReason(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
