package org.shaodian.grids.api;

import org.shaodian.kernel.api.i18n.Text;

/** What a citizen's request (民呼必应) is about; the counts by category show where plans are needed. */
public enum RequestCategory {
  TESTING(Text.of("核酸检测", "testing")),
  SUPPLIES(Text.of("物资保障", "supplies")),
  MEDICAL(Text.of("就医配药", "medical care and medicine")),
  PASSAGE(Text.of("出行通行", "travel and passes")),
  ISOLATION(Text.of("隔离管控", "isolation")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  RequestCategory(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
