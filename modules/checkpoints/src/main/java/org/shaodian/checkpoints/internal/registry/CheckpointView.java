package org.shaodian.checkpoints.internal.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.checkpoints.api.CheckpointKind;
import org.shaodian.checkpoints.api.CheckpointStatus;
import org.shaodian.checkpoints.api.LaneKind;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.RegionCode;

/** A checkpoint with its lanes, the post that staffs it and whether it inspects. */
@Schema(
    name = "CheckpointView",
    description = "卡口 — a checkpoint, its lanes and its status",
    requiredProperties = {
      "id",
      "name",
      "kind",
      "kindName",
      "region",
      "regionName",
      "location",
      "status",
      "statusName",
      "post",
      "lanes",
      "createdAt",
      "updatedAt",
      "version"
    })
public record CheckpointView(
    UUID id,
    String name,
    CheckpointKind kind,
    String kindName,
    RegionCode region,
    String regionName,
    CheckpointForms.Position location,
    String hours,
    String contact,
    CheckpointStatus status,
    String statusName,
    @Schema(description = "the rosters post that staffs the checkpoint") UUID post,
    List<LaneView> lanes,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime closedAt,
    long version) {

  /** A lane. */
  @Schema(
      name = "LaneView",
      requiredProperties = {"no", "name", "kind", "kindName", "open"})
  public record LaneView(
      @Schema(description = "the lane's number within its checkpoint, from 1") int no,
      String name,
      LaneKind kind,
      String kindName,
      boolean open) {}

  static CheckpointView of(Checkpoint checkpoint, String regionName, Language language) {
    return new CheckpointView(
        checkpoint.id(),
        checkpoint.name(),
        checkpoint.kind(),
        checkpoint.kind().label().in(language),
        checkpoint.regionCode(),
        regionName,
        new CheckpointForms.Position(checkpoint.lon(), checkpoint.lat()),
        checkpoint.hours(),
        checkpoint.contact(),
        checkpoint.status(),
        checkpoint.status().label().in(language),
        checkpoint.post(),
        checkpoint.lanes().stream()
            .map(
                lane ->
                    new LaneView(
                        lane.no(),
                        lane.name(),
                        lane.kind(),
                        lane.kind().label().in(language),
                        lane.isOpen()))
            .toList(),
        ShaodianTime.at(checkpoint.createdAt()),
        ShaodianTime.at(checkpoint.updatedAt()),
        ShaodianTime.at(checkpoint.closedAt()),
        checkpoint.version());
  }
}
