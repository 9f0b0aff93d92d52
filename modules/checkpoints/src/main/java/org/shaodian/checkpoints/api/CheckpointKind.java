package org.shaodian.checkpoints.api;

import org.shaodian.kernel.api.i18n.Text;

/** What kind of checkpoint: where it stands and whom it inspects. */
public enum CheckpointKind {
  /** 高速卡口: an expressway exit, vehicles in three shifts round the clock. */
  HIGHWAY_EXIT(Text.of("高速卡口", "highway exit")),
  /** 临时检验点: a temporary inspection station with work, isolation and testing zones. */
  INSPECTION_STATION(Text.of("临时检验点", "temporary inspection station")),
  /** 村社防疫服务点: a village or community service point. */
  SERVICE_POINT(Text.of("村社防疫服务点", "village or community service point")),
  /** 小区门岗: a residential compound's gate. */
  COMPOUND_GATE(Text.of("小区门岗", "compound gate"));

  private final Text label;

  CheckpointKind(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
