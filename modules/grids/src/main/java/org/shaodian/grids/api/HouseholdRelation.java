package org.shaodian.grids.api;

import org.shaodian.kernel.api.i18n.Text;

/** A resident's relation to the head of the household (与户主关系), as the register records it. */
public enum HouseholdRelation {
  HEAD(Text.of("户主", "head of household")),
  SPOUSE(Text.of("配偶", "spouse")),
  CHILD(Text.of("子女", "child")),
  PARENT(Text.of("父母", "parent")),
  GRANDCHILD(Text.of("孙子女", "grandchild")),
  GRANDPARENT(Text.of("祖父母", "grandparent")),
  SIBLING(Text.of("兄弟姐妹", "sibling")),
  OTHER_RELATIVE(Text.of("其他亲属", "other relative")),
  TENANT(Text.of("租户", "tenant")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  HouseholdRelation(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
