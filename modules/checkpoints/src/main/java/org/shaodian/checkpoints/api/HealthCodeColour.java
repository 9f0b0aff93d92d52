package org.shaodian.checkpoints.api;

import org.shaodian.kernel.api.i18n.Text;

/** The colour a traveller's health code (健康码) shows. */
public enum HealthCodeColour {
  GREEN(Text.of("绿码", "green")),
  YELLOW(Text.of("黄码", "yellow")),
  RED(Text.of("红码", "red"));

  private final Text label;

  HealthCodeColour(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
