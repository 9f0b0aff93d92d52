package org.shaodian.checkpoints.api;

import org.shaodian.kernel.api.i18n.Text;

/** What kind of vehicle. */
public enum VehicleKind {
  CAR(Text.of("小客车", "car")),
  TRUCK(Text.of("货车", "truck")),
  BUS(Text.of("客车", "bus")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  VehicleKind(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
