package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** Where a seat stands, as of a moment. */
public enum SeatState {
  OPEN(Text.of("空缺", "open")),
  ASSIGNED(Text.of("已排班", "assigned")),
  SIGNED_IN(Text.of("已签到", "signed in")),
  SIGNED_OUT(Text.of("已签退", "signed out")),
  /** Nobody signed in 15 minutes after the start. */
  NO_SHOW(Text.of("未到岗", "no-show"));

  private final Text label;

  SeatState(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
