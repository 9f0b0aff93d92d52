package org.shaodian.grids.api;

import org.shaodian.kernel.api.i18n.Text;

/** What kind of test a result is of. */
public enum TestKind {
  NUCLEIC_ACID(Text.of("核酸检测", "nucleic-acid test")),
  ANTIGEN(Text.of("抗原检测", "antigen test"));

  private final Text label;

  TestKind(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
