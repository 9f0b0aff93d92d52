package org.shaodian.kernel.internal.region;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** A region as the REST API shows it, with its direct children when asked for one region. */
@JsonbPropertyOrder({"code", "name", "nameEn", "level", "levelName", "parentCode", "children"})
@Schema(
    name = "RegionView",
    description = "区域 — a region of the administrative tree",
    requiredProperties = {"code", "name", "level", "levelName"})
public record RegionView(
    RegionCode code,
    String name,
    String nameEn,
    RegionLevel level,
    String levelName,
    RegionCode parentCode,
    List<RegionView> children) {

  static RegionView of(Region region, Language language, List<Region> children) {
    return new RegionView(
        region.code(),
        region.name(),
        region.nameEn(),
        region.level(),
        region.level().label().in(language),
        region.parentCode(),
        children == null ? null : children.stream().map(c -> of(c, language, null)).toList());
  }
}
