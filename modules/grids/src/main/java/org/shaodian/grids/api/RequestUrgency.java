package org.shaodian.grids.api;

import java.time.Duration;
import org.shaodian.kernel.api.i18n.Text;

/** How soon a request must be resolved: its deadline runs from when it was received. */
public enum RequestUrgency {
  URGENT(Text.of("紧急", "urgent"), Duration.ofHours(2)),
  NORMAL(Text.of("一般", "normal"), Duration.ofHours(24)),
  LOW(Text.of("不急", "low"), Duration.ofHours(72));

  private final Text label;
  private final Duration within;

  RequestUrgency(Text label, Duration within) {
    this.label = label;
    this.within = within;
  }

  public Text label() {
    return label;
  }

  /** How long it may take to resolve. */
  public Duration within() {
    return within;
  }
}
