package org.shaodian.checkpoints.internal.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.checkpoints.api.CheckpointKind;
import org.shaodian.checkpoints.api.CheckpointStatus;
import org.shaodian.checkpoints.api.LaneKind;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.FreeText;
import org.shaodian.kernel.api.text.NameText;
import org.shaodian.rosters.api.DutyRole;

/** The bodies of the checkpoint operations. */
public final class CheckpointForms {

  private CheckpointForms() {}

  /** A position in WGS-84 degrees. */
  @Schema(
      name = "CheckpointPosition",
      description = "WGS-84, inside China",
      requiredProperties = {"lon", "lat"})
  public record Position(
      @Schema(examples = "119.2385") @NotNull Double lon,
      @Schema(examples = "29.5891") @NotNull Double lat) {}

  /** A lane as added or changed. */
  @Schema(
      name = "LaneForm",
      description = "通道 — a lane of a checkpoint",
      requiredProperties = {"name", "kind"})
  public record LaneForm(
      @Schema(examples = "2号车道", minLength = 1, maxLength = 50) @NameText(max = 50) String name,
      @NotNull LaneKind kind,
      @Schema(description = "false closes the lane; default true") Boolean open) {}

  /** How many people a duty of the checkpoint's post needs per shift. */
  @Schema(
      name = "CheckpointStaffing",
      requiredProperties = {"role", "headcount"})
  public record Staffing(
      @NotNull DutyRole role,
      @Schema(minimum = "1", maximum = "50") @NotNull @Min(1) @Max(50) Integer headcount) {}

  /** A checkpoint to set up. */
  @Schema(
      name = "CheckpointForm",
      description = "设立卡口 — a checkpoint to set up",
      requiredProperties = {"name", "kind", "region", "location"})
  public record Open(
      @Schema(examples = "杭千高速寿昌出口卡口", minLength = 1, maxLength = 50) @NameText(max = 50)
          String name,
      @NotNull CheckpointKind kind,
      @Schema(
              type = SchemaType.STRING,
              pattern = RegionCode.PATTERN,
              examples = "330182107000",
              description = "the town, village or community, or grid the checkpoint serves")
          @NotNull
          String region,
      @NotNull @Valid Position location,
      @Schema(examples = "24小时", maxLength = 100) @FreeText(max = 100) String hours,
      @Schema(
              examples = "寿昌镇防控指挥部 0571-6470xxxx",
              maxLength = 100,
              description = "an office and its phone, never a person's mobile")
          @FreeText(max = 100)
          String contact,
      @Size(max = 30) List<@Valid @NotNull LaneForm> lanes,
      @Schema(
              description =
                  "people per shift for the post that staffs it, round the clock in three shifts;"
                      + " the kind's usual team when left out")
          @Size(max = 7)
          List<@Valid @NotNull Staffing> staffing) {}

  /** New name, place or hours. */
  @Schema(
      name = "CheckpointChange",
      description = "卡口信息变更 — name, place, hours; kind and region stay",
      requiredProperties = {"name", "kind", "location"})
  public record Change(
      @Schema(minLength = 1, maxLength = 50) @NameText(max = 50) String name,
      @NotNull CheckpointKind kind,
      @NotNull @Valid Position location,
      @Schema(maxLength = 100) @FreeText(max = 100) String hours,
      @Schema(maxLength = 100) @FreeText(max = 100) String contact) {}

  /** Suspend, open again, or close for good. */
  @Schema(
      name = "CheckpointStatusChange",
      requiredProperties = {"status", "reason"})
  public record StatusChange(
      @NotNull CheckpointStatus status,
      @Schema(examples = "台风过境,暂停查验", minLength = 1, maxLength = 200) @NameText(max = 200)
          String reason) {}
}
