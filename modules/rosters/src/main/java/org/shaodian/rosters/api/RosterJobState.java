package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** Where an automatic rostering job stands. */
public enum RosterJobState {
  QUEUED(Text.of("排队中", "queued")),
  SOLVING(Text.of("求解中", "solving")),
  /** Solved (or stopped early): a proposal waits to be accepted or discarded. */
  PROPOSED(Text.of("待确认", "proposed")),
  ACCEPTED(Text.of("已采用", "accepted")),
  DISCARDED(Text.of("已放弃", "discarded")),
  FAILED(Text.of("失败", "failed"));

  private final Text label;

  RosterJobState(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }

  public boolean isRunning() {
    return this == QUEUED || this == SOLVING;
  }
}
