package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** The body a person who serves comes from (the seed reports name all of these). */
public enum Affiliation {
  TOWN_CADRE(Text.of("镇街干部", "town cadre")),
  VILLAGE_CADRE(Text.of("村社干部", "village cadre")),
  GRID_WORKER(Text.of("网格员", "grid worker")),
  MEDICAL(Text.of("医务人员", "medical worker")),
  COMMUNITY_DOCTOR(Text.of("社区医生", "community doctor")),
  MILITIA(Text.of("基干民兵", "militia")),
  POLICE(Text.of("公安民警", "police")),
  VOLUNTEER(Text.of("志愿者", "volunteer")),
  PEOPLES_CONGRESS_DEPUTY(Text.of("人大代表", "people's congress deputy")),
  RESCUE_TEAM(Text.of("救援队", "rescue team")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  Affiliation(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
