package org.shaodian.grids.api;

import org.shaodian.kernel.api.i18n.Text;

/**
 * The four colours of the four-colour grid map (四色网格图) and what each marks, as the command offices
 * of the seed reports drew them.
 */
public enum MapColour {
  RED(Text.of("红", "red"), Text.of("临时物资配送点", "temporary supply distribution point")),
  YELLOW(Text.of("黄", "yellow"), Text.of("临时卡口", "temporary checkpoint")),
  GREEN(Text.of("绿", "green"), Text.of("核酸检测点", "nucleic-acid testing point")),
  WHITE(Text.of("白", "white"), Text.of("临时管控通道", "temporary restricted passage"));

  private final Text label;
  private final Text meaning;

  MapColour(Text label, Text meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /** The colour's name: 红, 黄, 绿, 白. */
  public Text label() {
    return label;
  }

  /** What a feature of this colour is: 临时物资配送点 … */
  public Text meaning() {
    return meaning;
  }
}
