package org.shaodian.checkpoints.api;

import org.shaodian.kernel.api.i18n.Text;

/** What a lane is for. */
public enum LaneKind {
  VEHICLES(Text.of("车辆通道", "vehicles")),
  TRUCKS(Text.of("货车通道", "trucks")),
  PEDESTRIANS(Text.of("行人通道", "pedestrians")),
  /** 核酸绿色通道: tested on site with a fast result. */
  GREEN_TESTING(Text.of("核酸绿色通道", "green lane, tested on site")),
  /** 茶农专用通道: the tea harvest through fast, its pickers tested as they go. */
  TEA_FARMERS(Text.of("茶农专用通道", "tea farmers' lane")),
  /** 工作人员通道. */
  STAFF(Text.of("工作人员通道", "staff"));

  private final Text label;

  LaneKind(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
