package org.shaodian.grids.api;

import org.shaodian.kernel.api.i18n.Text;

/** Who registered a returnee: one person is one ledger entry however many of these do. */
public enum ReturneeSource {
  DOOR_TO_DOOR(Text.of("入户登记", "door-to-door")),
  CHECKPOINT(Text.of("卡口登记", "checkpoint")),
  REQUEST(Text.of("民呼必应", "citizen request"));

  private final Text label;

  ReturneeSource(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
