package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/**
 * A seat's duty at a post for one shift. A highway checkpoint's temporary party branch has a point
 * leader and a group leader; village points follow "1+N+4" (a group leader, N volunteers, and guide
 * → verify → record → divert).
 */
public enum DutyRole {
  POINT_LEADER(Text.of("点长", "point leader")),
  GROUP_LEADER(Text.of("组长", "group leader")),
  RECORDER(Text.of("录入员", "recorder")),
  GUIDE(Text.of("引导员", "guide")),
  INSPECTOR(Text.of("查验员", "inspector")),
  SWAB_TAKER(Text.of("采样员", "swab taker")),
  VOLUNTEER(Text.of("志愿者", "volunteer"));

  private final Text label;

  DutyRole(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
