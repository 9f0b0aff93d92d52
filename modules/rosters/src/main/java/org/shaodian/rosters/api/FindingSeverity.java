package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** How grave a finding is. */
public enum FindingSeverity {
  MINOR(Text.of("一般", "minor")),
  SERIOUS(Text.of("较重", "serious")),
  GRAVE(Text.of("严重", "grave"));

  private final Text label;

  FindingSeverity(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
