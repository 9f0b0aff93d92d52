package org.shaodian.checkpoints.api;

import org.shaodian.kernel.api.i18n.Text;

/** Who a traveller is in an inspection. */
public enum TravellerRole {
  DRIVER(Text.of("驾驶员", "driver")),
  PASSENGER(Text.of("乘客", "passenger")),
  PEDESTRIAN(Text.of("行人", "person on foot"));

  private final Text label;

  TravellerRole(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
