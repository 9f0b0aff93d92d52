package org.shaodian.checkpoints.api;

import org.shaodian.kernel.api.i18n.Text;

/** Where an inspection sends the vehicle or person (分流). */
public enum DivertOutcome {
  RELEASED(Text.of("放行", "released")),
  TESTED_ON_SITE(Text.of("现场核酸检测", "tested on site")),
  ESCORTED_TO_UNLOADING(Text.of("护送至卸货区", "escorted to an unloading area")),
  PERSUADED_BACK(Text.of("劝返", "persuaded to turn back")),
  CENTRAL_ISOLATION(Text.of("集中隔离", "sent to centralized isolation")),
  HOME_MANAGEMENT(
      Text.of("移交属地居家健康管理", "handed to the destination grid for home health management"));

  private final Text label;

  DivertOutcome(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
