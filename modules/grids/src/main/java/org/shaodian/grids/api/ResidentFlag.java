package org.shaodian.grids.api;

import org.shaodian.kernel.api.i18n.Text;

/** What the grid worker marks on a resident, for door-to-door work and the compound map. */
public enum ResidentFlag {
  ELDERLY_LIVING_ALONE(Text.of("独居老人", "elderly living alone")),
  NEEDS_HELP(Text.of("需帮扶", "needs help")),
  PARTY_MEMBER(Text.of("党员", "party member")),
  SERVING_PARTY_MEMBER(Text.of("在职党员", "in-service party member"));

  private final Text label;

  ResidentFlag(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
