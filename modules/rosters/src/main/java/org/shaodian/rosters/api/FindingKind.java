package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** What a supervision patrol (纪工委巡查) found at a post. */
public enum FindingKind {
  ABSENT_FROM_POST(Text.of("脱岗", "absent from post")),
  MISSING_PROTECTIVE_EQUIPMENT(Text.of("防护不到位", "missing protective equipment")),
  REGISTER_NOT_KEPT(Text.of("登记不规范", "register not kept")),
  CHECKS_SKIPPED(Text.of("查验不严", "checks skipped")),
  SUPPLIES_SHORT(Text.of("物资不足", "supplies short")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  FindingKind(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
