package org.shaodian.rosters.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/** A post, as other modules and the REST API see it. */
@Schema(
    name = "PostView",
    description = "值守点位 — a place that must be staffed, with its shifts and needs",
    requiredProperties = {
      "id",
      "name",
      "kind",
      "region",
      "regionName",
      "shifts",
      "seatsPerDay",
      "active",
      "version",
      "openedAt",
      "updatedAt"
    })
public record PostView(
    UUID id,
    String name,
    PostKind kind,
    RegionCode region,
    String regionName,
    @Schema(description = "the team that staffs the post, if one does") UUID team,
    List<ShiftView> shifts,
    @Schema(description = "seats to fill on one day, all shifts together") int seatsPerDay,
    boolean active,
    long version,
    OffsetDateTime openedAt,
    OffsetDateTime updatedAt) {

  /** One shift of the post and the seats it needs. */
  @Schema(
      name = "PostShiftView",
      requiredProperties = {"no", "startHour", "hours", "label", "night", "needs"})
  public record ShiftView(
      int no,
      @Schema(description = "hour of the day it starts, Asia/Shanghai") int startHour,
      int hours,
      @Schema(examples = "16:00–00:00") String label,
      @Schema(description = "covers an hour between 00:00 and 06:00") boolean night,
      List<NeedView> needs) {}

  /** The seats of one duty in a shift. */
  @Schema(
      name = "PostNeedView",
      requiredProperties = {"role", "headcount", "qualifications"})
  public record NeedView(
      DutyRole role,
      int headcount,
      @Schema(description = "what each holder must be qualified for, the duty's own included")
          List<Qualification> qualifications) {}
}
