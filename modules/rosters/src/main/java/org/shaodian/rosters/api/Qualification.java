package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** What a person who serves is qualified to do; posts will ask for these per shift. */
public enum Qualification {
  SWAB_SAMPLING(Text.of("核酸采样", "swab sampling")),
  ANTIGEN_TESTING(Text.of("抗原检测", "antigen testing")),
  FIRST_AID(Text.of("急救", "first aid")),
  DATA_ENTRY(Text.of("信息录入", "data entry")),
  TRAFFIC_GUIDANCE(Text.of("交通引导", "traffic guidance")),
  DRIVING(Text.of("驾驶", "driving")),
  DISINFECTION(Text.of("消杀", "disinfection")),
  /** Point and group leaders need it. */
  SHIFT_LEADERSHIP(Text.of("带班", "leading a shift"));

  private final Text label;

  Qualification(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
