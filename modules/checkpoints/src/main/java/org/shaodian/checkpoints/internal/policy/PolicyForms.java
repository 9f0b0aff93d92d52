package org.shaodian.checkpoints.internal.policy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.checkpoints.api.HealthCodeColour;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameText;

/** The bodies of the screening-policy operations. */
public final class PolicyForms {

  private PolicyForms() {}

  /** A new version of a region's screening policy. */
  @Schema(
      name = "ScreeningPolicyForm",
      description = "发布筛查政策版本 — a new version of a region's screening policy",
      requiredProperties = {"region", "effectiveFrom", "greenCodeRequired", "feverFrom", "note"})
  public record Issue(
      @Schema(
              type = SchemaType.STRING,
              pattern = RegionCode.PATTERN,
              examples = "330182107000",
              description =
                  "the region it is for: it applies there and in every place below that has no"
                      + " version of its own")
          @NotNull
          String region,
      @Schema(
              examples = "2026-12-01T00:00:00+08:00",
              description =
                  "when it takes effect, to the second: from 5 minutes ago (what was in force is"
                      + " not rewritten) to a year ahead")
          @NotNull
          OffsetDateTime effectiveFrom,
      @Schema(description = "true: a yellow or red health code is not released (REFER)") @NotNull
          Boolean greenCodeRequired,
      @Schema(
              minimum = "1",
              maximum = "60",
              examples = "14",
              description =
                  "an itinerary through a risk area fewer than this many days ago (0 is today) is"
                      + " tested on site; left out: the itinerary is not checked")
          @Min(1)
          @Max(60)
          Integer riskAreaDays,
      @Schema(
              minimum = "1",
              maximum = "168",
              examples = "48",
              description =
                  "travellers from the testOrigins (or from nowhere known) need a nucleic-acid"
                      + " proof younger than this many hours, or are tested on site; with"
                      + " testOrigins, or neither")
          @Min(1)
          @Max(168)
          Integer testMaxAgeHours,
      @Schema(
              maxItems = 100,
              examples = "[\"31\", \"3205\", \"330100\"]",
              description =
                  "the regions whose vehicles and people need the recent test: division codes or"
                      + " their prefixes, 2, 4 or 6 digits (GB/T 2260: 31 Shanghai, 3301 or 330100"
                      + " Hangzhou, 320583 Kunshan)")
          @Size(max = 100)
          List<@NotNull String> testOrigins,
      @Schema(
              minimum = "37.0",
              maximum = "38.5",
              examples = "37.3",
              description = "℃ with one decimal: from this temperature on, not released (REFER)")
          @NotNull
          @DecimalMin("37.0")
          @DecimalMax("38.5")
          Double feverFrom,
      @Schema(
              examples = "春茶采摘期:外来车辆须持 48 小时内核酸阴性证明",
              minLength = 1,
              maxLength = 200,
              description = "why this version: the notice or the situation it follows")
          @NameText(max = 200)
          String note) {}

  /** A traveller's checks, judged against the policy in force without recording anything. */
  @Schema(
      name = "ScreeningJudgementForm",
      description =
          "试判 — a traveller's checks, judged against the policy in force for a place; nothing is"
              + " recorded",
      requiredProperties = {"region", "healthCode", "temperature"})
  public record Judge(
      @Schema(
              type = SchemaType.STRING,
              pattern = RegionCode.PATTERN,
              examples = "330182107000",
              description = "the place of the checkpoint (its policy may be inherited)")
          @NotNull
          String region,
      @Schema(
              examples = "2026-12-01T08:15:00+08:00",
              description = "the time to judge at (the policy in force then); now when left out")
          OffsetDateTime at,
      @NotNull HealthCodeColour healthCode,
      @Schema(
              minimum = "0",
              maximum = "365",
              description =
                  "how many days ago the itinerary card last shows a risk area (0: today); left"
                      + " out: none")
          @Min(0)
          @Max(365)
          Integer riskAreaDaysAgo,
      @Schema(
              minimum = "0",
              maximum = "8760",
              description =
                  "the age of the latest nucleic-acid proof in whole hours since the swab; left"
                      + " out: none")
          @Min(0)
          @Max(8760)
          Integer testAgeHours,
      @Schema(minimum = "34.0", maximum = "43.0", examples = "36.5", description = "℃, one decimal")
          @NotNull
          @DecimalMin("34.0")
          @DecimalMax("43.0")
          Double temperature,
      @Schema(
              pattern = Traveller.ORIGIN_PATTERN,
              examples = "310115",
              description =
                  "where the vehicle or person comes from: a division code (6 digits, or a 9- or"
                      + " 12-digit town or village code); left out: not known")
          String origin) {

    /** Health data: not written to logs. */
    @Override
    public String toString() {
      return "ScreeningJudgementForm[region=" + region + "]";
    }
  }
}
