package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** The bodies that staff the work. */
public enum TeamKind {
  /** One per checkpoint, led by a point leader from the town's leadership team. */
  PARTY_BRANCH(Text.of("临时党支部", "temporary party branch")),
  /** Round the clock: enterprises & markets, schools & tourism, homestays … */
  WORK_GROUP(Text.of("工作组", "work group")),
  /** Supplies, highway, spring tea … */
  TASK_FORCE(Text.of("专班", "task force"));

  private final Text label;

  TeamKind(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
