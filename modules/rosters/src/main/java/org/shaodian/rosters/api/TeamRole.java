package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** A member's role in a team. */
public enum TeamRole {
  SECRETARY(Text.of("书记", "secretary")),
  LEADER(Text.of("组长", "leader")),
  DEPUTY(Text.of("副组长", "deputy")),
  MEMBER(Text.of("成员", "member"));

  private final Text label;

  TeamRole(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
