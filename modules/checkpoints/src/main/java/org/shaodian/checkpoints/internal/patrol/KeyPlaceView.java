package org.shaodian.checkpoints.internal.patrol;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.checkpoints.api.KeyPlaceKind;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.RegionCode;

/** A key place with its checklist and the last day it was patrolled. */
@Schema(
    name = "KeyPlaceView",
    description = "重点场所 — a key place, its checklist and its last patrol",
    requiredProperties = {
      "id",
      "name",
      "kind",
      "kindName",
      "region",
      "regionName",
      "checklist",
      "active",
      "createdAt",
      "updatedAt",
      "version"
    })
public record KeyPlaceView(
    UUID id,
    String name,
    KeyPlaceKind kind,
    String kindName,
    RegionCode region,
    String regionName,
    String address,
    @Schema(description = "检查清单 — the items a patrol answers, in order") List<String> checklist,
    @Schema(description = "false once deactivated: no more patrols") boolean active,
    @Schema(description = "the last day (Asia/Shanghai) the place was patrolled")
        LocalDate lastPatrolled,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime deactivatedAt,
    long version) {

  static KeyPlaceView of(
      KeyPlace place, String regionName, LocalDate lastPatrolled, Language language) {
    return new KeyPlaceView(
        place.id(),
        place.name(),
        place.kind(),
        place.kind().label().in(language),
        place.regionCode(),
        regionName,
        place.address(),
        place.checklist(),
        place.isActive(),
        lastPatrolled,
        ShaodianTime.at(place.createdAt()),
        ShaodianTime.at(place.updatedAt()),
        ShaodianTime.at(place.deactivatedAt()),
        place.version());
  }
}
