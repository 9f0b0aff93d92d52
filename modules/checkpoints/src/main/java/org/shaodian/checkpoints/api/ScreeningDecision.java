package org.shaodian.checkpoints.api;

import org.shaodian.kernel.api.i18n.Text;

/**
 * What the screening policy says should happen to a traveller, mildest first: the staff then divert
 * them (released, tested on site, turned back, isolated, handed to a grid …).
 */
public enum ScreeningDecision {
  /** 放行: every check within the policy. */
  PASS(Text.of("放行", "pass")),
  /** 现场核酸检测: swabbed on site (green lane) before going on. */
  TEST_ON_SITE(Text.of("现场核酸检测", "test on site")),
  /**
   * 转交处置: not released (a yellow or red code, a fever); the staff decide between isolation, turning
   * back and home health management.
   */
  REFER(Text.of("不予放行,交现场处置", "refer to the staff: not released"));

  private final Text label;

  ScreeningDecision(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }

  /** The stricter of two decisions. */
  public ScreeningDecision stricter(ScreeningDecision other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
