package org.shaodian.kernel.api.region;

import java.util.Optional;
import org.shaodian.kernel.api.i18n.Text;

/** The levels of the administrative tree, from the city down to the compound grid. */
public enum RegionLevel {
  PROVINCE(Text.of("省", "province")),
  CITY(Text.of("市", "city")),
  DISTRICT(Text.of("区/县级市", "district")),
  TOWN(Text.of("镇/街道", "town or sub-district")),
  VILLAGE(Text.of("村/社区", "village or community")),
  GRID(Text.of("网格", "grid"));

  private final Text label;

  RegionLevel(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }

  /**
   * The level of the region a region of this level belongs under, one step up: a grid under a
   * village or community, a village under a town … ; none above a province.
   */
  public Optional<RegionLevel> above() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }
}
