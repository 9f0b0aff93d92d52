package org.shaodian.rosters.api;

import org.shaodian.kernel.api.i18n.Text;

/** What kind of place a post is; checkpoints and grids open posts of their kinds. */
public enum PostKind {
  CHECKPOINT(Text.of("卡口", "checkpoint")),
  VILLAGE_SERVICE_POINT(Text.of("村社防疫服务点", "village service point")),
  ISOLATION_SITE(Text.of("隔离点", "isolation site")),
  TESTING_POINT(Text.of("核酸检测点", "testing point")),
  WORK_GROUP_DESK(Text.of("工作组值班台", "work-group desk"));

  private final Text label;

  PostKind(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
