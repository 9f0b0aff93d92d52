package org.shaodian.grids.api;

import org.shaodian.kernel.api.i18n.Text;

/** How a returnee came. */
public enum TravelMode {
  CAR(Text.of("自驾", "own car")),
  TRAIN(Text.of("火车", "train")),
  PLANE(Text.of("飞机", "plane")),
  BUS(Text.of("客车", "coach")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  TravelMode(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
