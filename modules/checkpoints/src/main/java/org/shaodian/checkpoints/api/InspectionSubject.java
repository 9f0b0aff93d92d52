package org.shaodian.checkpoints.api;

import org.shaodian.kernel.api.i18n.Text;

/** What an inspection is of: a vehicle with the people in it, or one person on foot. */
public enum InspectionSubject {
  VEHICLE(Text.of("车辆", "vehicle")),
  PEDESTRIAN(Text.of("行人", "person on foot"));

  private final Text label;

  InspectionSubject(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
