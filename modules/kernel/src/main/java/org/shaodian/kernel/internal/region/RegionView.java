package org.shaodian.kernel.internal.region;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/** A region as the REST API shows it, with its direct children when asked for one region. */
@JsonbPropertyOrder({"code", "name", "nameEn", "level", "levelName", "parentCode", "children"})
public record RegionView(
    RegionCode code,
    String name,
    String nameEn,
    String level,
    String levelName,
    RegionCode parentCode,
    List<RegionView> children) {

  static RegionView of(Region region, Language language, List<Region> children) {
    return new RegionView(
        region.code(),
        region.name(),
        region.nameEn(),
        region.level().name(),
        region.level().label().in(language),
        region.parentCode(),
        children == null ? null : children.stream().map(c -> of(c, language, null)).toList());
  }
}
