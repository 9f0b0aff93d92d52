package org.shaodian.checkpoints.internal.patrol;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.ShaodianTime;

/** A patrol of a key place: the checklist as it was answered. */
@Schema(
    name = "PatrolView",
    description = "每日一巡记录 — a key place's patrol of a day",
    requiredProperties = {
      "id",
      "place",
      "placeName",
      "day",
      "patrolledAt",
      "recordedAt",
      "patrolledBy",
      "items",
      "itemsFailed"
    })
public record PatrolView(
    UUID id,
    @Schema(description = "the key place") UUID place,
    String placeName,
    @Schema(description = "the day (Asia/Shanghai) the patrol counts for") LocalDate day,
    OffsetDateTime patrolledAt,
    @Schema(description = "when the server recorded it") OffsetDateTime recordedAt,
    @Schema(description = "the account that recorded it") String patrolledBy,
    @Schema(description = "the checklist as it was answered, in its order") List<ItemView> items,
    int itemsFailed,
    @Schema(description = "整改要求 — what was ordered to be put right") String rectification) {

  /** One item as it was answered. */
  @Schema(
      name = "PatrolItemView",
      requiredProperties = {"item", "passed"})
  public record ItemView(String item, boolean passed, String note) {}

  static PatrolView of(Patrol patrol, String placeName) {
    return new PatrolView(
        patrol.id(),
        patrol.place(),
        placeName,
        patrol.day(),
        ShaodianTime.at(patrol.patrolledAt()),
        ShaodianTime.at(patrol.recordedAt()),
        patrol.patrolledBy(),
        patrol.items().stream()
            .map(item -> new ItemView(item.item(), item.passed(), item.note()))
            .toList(),
        patrol.itemsFailed(),
        patrol.rectification());
  }
}
