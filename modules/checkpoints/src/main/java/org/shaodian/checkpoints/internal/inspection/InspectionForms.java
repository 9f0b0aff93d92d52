package org.shaodian.checkpoints.internal.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.HealthCodeColour;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.TravellerRole;
import org.shaodian.checkpoints.api.VehicleKind;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.kernel.api.personal.MobilePhone;
import org.shaodian.kernel.api.personal.ResidentIdNumber;
import org.shaodian.kernel.api.personal.VehiclePlate;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameText;

/** The bodies of the inspection operations. */
public final class InspectionForms {

  /** Inspections a device batch may hold. */
  public static final int BATCH_LIMIT = 1000;

  private InspectionForms() {}

  /** One traveller and what the checks found. */
  @Schema(
      name = "TravellerForm",
      description = "one person of an inspection and their checks; masked in every output",
      requiredProperties = {"role", "name", "idNumber", "healthCode", "temperature"})
  public record Traveller(
      @NotNull TravellerRole role,
      @Schema(examples = "王建国", minLength = 1, maxLength = 50) @NameText(max = 50) String name,
      @Schema(
              type = SchemaType.STRING,
              pattern = "^[0-9]{17}[0-9Xx]$",
              description = "resident ID number (GB 11643)")
          @NotNull
          @ResidentIdNumber
          String idNumber,
      @Schema(examples = "13857101234") @MobilePhone String phone,
      @NotNull HealthCodeColour healthCode,
      @Schema(
              description =
                  "days since the itinerary passed a medium- or high-risk area; absent: it did not",
              minimum = "0",
              maximum = "365")
          @Min(0)
          @Max(365)
          Integer riskAreaDaysAgo,
      @Schema(
              description = "age in hours of the nucleic-acid proof shown; absent: none",
              minimum = "0",
              maximum = "720")
          @Min(0)
          @Max(720)
          Integer testAgeHours,
      @Schema(
              description = "°C as measured at the checkpoint, one decimal at most",
              minimum = "34.0",
              maximum = "43.0")
          @NotNull
          @DecimalMin("34.0")
          @DecimalMax("43.0")
          @Digits(integer = 2, fraction = 1)
          BigDecimal temperature) {

    @Override
    public String toString() {
      return "TravellerForm[role=" + role + "]";
    }
  }

  /** One inspection as a device records it, all four steps. */
  @Schema(
      name = "InspectionForm",
      description =
          "查验 — one vehicle with its people, or one person on foot, as the tablet recorded it;"
              + " homeCase: the kind of home management a hand-over opens (home observation when"
              + " absent)",
      requiredProperties = {
        "id",
        "checkpoint",
        "subject",
        "guidedAt",
        "verifiedAt",
        "recordedAt",
        "divertedAt",
        "outcome",
        "recorder",
        "people"
      })
  public record Item(
      @Schema(description = "the device's id for the inspection: stored once however often sent")
          @NotNull
          UUID id,
      @NotNull UUID checkpoint,
      @Schema(description = "the lane's number at the checkpoint", minimum = "1") @Min(1)
          Integer lane,
      @NotNull InspectionSubject subject,
      VehicleKind vehicleKind,
      @Schema(examples = "浙A12345", description = "masked in every output") @VehiclePlate
          String plate,
      @Schema(
              examples = "310000",
              description =
                  "where from: the administrative division code (GB/T 2260) of the place;"
                      + " masked in every output")
          @Pattern(regexp = "^[1-9][0-9]{5}$", message = "a 6-digit division code")
          String origin,
      @Schema(
              type = SchemaType.STRING,
              pattern = RegionCode.PATTERN,
              description = "the grid, village or community they go to (home management)")
          String destination,
      HomeCaseKind homeCase,
      @NotNull OffsetDateTime guidedAt,
      @NotNull OffsetDateTime verifiedAt,
      @NotNull OffsetDateTime recordedAt,
      @NotNull OffsetDateTime divertedAt,
      @NotNull DivertOutcome outcome,
      @Schema(description = "the person signed in on the seat that recorded it (rosters)") @NotNull
          UUID recorder,
      @Size(min = 1, max = 60) @NotNull List<@Valid @NotNull Traveller> people) {

    @Override
    public String toString() {
      return "InspectionForm[id=" + id + ", checkpoint=" + checkpoint + "]";
    }
  }

  /** A device's batch: up to {@link #BATCH_LIMIT} inspections recorded offline. */
  @Schema(
      name = "InspectionBatch",
      description = "离线批量上传 — inspections recorded offline, each checked on its own",
      requiredProperties = {"items"})
  public record Batch(
      @Schema(
              type = SchemaType.ARRAY,
              implementation = Object.class,
              maxItems = BATCH_LIMIT,
              minItems = 1,
              description =
                  "each an InspectionForm, checked on its own: an item that is not one is answered"
                      + " REJECTED in the result, and the others are stored")
          @NotNull
          @Size(min = 1, max = BATCH_LIMIT)
          List<@NotNull Item> items) {}

  /** The result of the test taken on site. */
  @Schema(
      name = "InspectionTestResult",
      requiredProperties = {"outcome"})
  public record TestResult(
      @Schema(
              enumeration = {"NEGATIVE", "POSITIVE", "PENDING"},
              description = "masked in outputs")
          @NotNull
          String outcome) {}
}
