package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** A finding's way to closure: found, put right by the command office, closed by supervision. */
public enum FindingState {
  OPEN(Text.of("待整改", "open")),
  RECTIFIED(Text.of("已整改", "rectified")),
  CLOSED(Text.of("已销号", "closed"));

  private final Text label;

  FindingState(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
