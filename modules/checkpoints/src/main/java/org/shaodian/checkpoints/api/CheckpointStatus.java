package org.shaodian.checkpoints.api;

import org.shaodian.kernel.api.i18n.Text;

/** Whether a checkpoint inspects: open, suspended for a while, or closed for good. */
public enum CheckpointStatus {
  OPEN(Text.of("运行中", "open")),
  /** Not inspecting for now (weather, works, a lull); it may open again. */
  SUSPENDED(Text.of("暂停", "suspended")),
  /** Closed for good: its post is closed and its feature leaves the map. */
  CLOSED(Text.of("已撤除", "closed"));

  private final Text label;

  CheckpointStatus(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
