package org.shaodian.rosters.internal.posts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameText;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.PostDetails;
import org.shaodian.rosters.api.PostKind;
import org.shaodian.rosters.api.Qualification;
import org.shaodian.rosters.api.Shift;
import org.shaodian.rosters.api.ShiftPattern;
import org.shaodian.rosters.api.StaffingNeed;

/** A post, as sent to open or change it. */
@Schema(
    name = "PostForm",
    description = "设立/修改点位 — a post to open or change",
    requiredProperties = {"name", "kind", "region", "needs"})
public record PostForm(
    @Schema(examples = "杭千高速寿昌出口卡口", minLength = 1, maxLength = 50) @NameText(max = 50) String name,
    @NotNull PostKind kind,
    @Schema(
            type = SchemaType.STRING,
            pattern = RegionCode.PATTERN,
            examples = "330182107000",
            description = "the region the post lies in; its command office staffs it")
        @NotNull
        String region,
    @Schema(description = "the team that staffs it") UUID team,
    @Schema(
            description =
                "the shifts of a day in the order they start; three 8-hour shifts (00–08, 08–16,"
                    + " 16–24) when left out",
            maxItems = 6)
        @Size(min = 1, max = 6)
        List<@Valid @NotNull ShiftForm> shifts,
    @Schema(description = "seats per shift, by duty", maxItems = 100) @NotNull @Size(max = 100)
        List<@Valid @NotNull NeedForm> needs) {

  /** One shift of the day. */
  @Schema(
      name = "ShiftForm",
      requiredProperties = {"startHour", "hours"})
  public record ShiftForm(
      @Schema(minimum = "0", maximum = "23", description = "hour it starts, Asia/Shanghai")
          @NotNull
          @Min(0)
          @Max(23)
          Integer startHour,
      @Schema(minimum = "1", maximum = "24") @NotNull @Min(1) @Max(24) Integer hours) {}

  /** The seats of one duty in each shift (or the shifts named). */
  @Schema(
      name = "NeedForm",
      requiredProperties = {"role", "headcount"})
  public record NeedForm(
      @NotNull DutyRole role,
      @Schema(minimum = "1", maximum = "50") @NotNull @Min(1) @Max(50) Integer headcount,
      @Schema(
              maxItems = 10,
              uniqueItems = true,
              description = "needed on top of what the duty implies (a swab taker swabs)")
          @Size(max = 10)
          List<@NotNull Qualification> qualifications,
      @Schema(
              maxItems = 6,
              uniqueItems = true,
              description = "numbers of the shifts that need these seats; every shift if left out")
          @Size(max = 6)
          List<@NotNull @Min(1) @Max(6) Integer> shifts) {}

  /** Turns the checked form into domain values; call after Bean Validation. */
  PostDetails toDetails() {
    ShiftPattern pattern = ShiftPattern.THREE_EIGHTS;
    if (shifts != null) {
      List<Shift> list = new ArrayList<>();
      for (ShiftForm shift : shifts) {
        list.add(new Shift(list.size() + 1, shift.startHour(), shift.hours()));
      }
      pattern = new ShiftPattern(list);
    }
    return new PostDetails(
        name.strip(),
        kind,
        RegionCode.parse("region", region),
        team,
        pattern,
        needs.stream()
            .map(
                need ->
                    new StaffingNeed(
                        need.role(),
                        need.headcount(),
                        need.qualifications() == null
                            ? Set.of()
                            : Set.copyOf(need.qualifications()),
                        need.shifts() == null ? Set.of() : Set.copyOf(need.shifts())))
            .toList());
  }
}
