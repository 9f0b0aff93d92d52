package org.shaodian.grids.internal.health;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.HomeCaseDetails;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.MobilePhone;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.ResidentIdNumber;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.FreeText;
import org.shaodian.kernel.api.text.NameText;

/** The bodies of the home-health operations. */
public final class HomeCaseForms {

  private HomeCaseForms() {}

  /** A case to open. */
  @Schema(
      name = "HomeCaseForm",
      description = "开始居家健康管理 — open a case; the schedule defaults to the kind's",
      requiredProperties = {"name", "idNumber", "place", "kind", "startsOn"})
  public record Open(
      @Schema(examples = "邵建国", minLength = 1, maxLength = 50) @NameText(max = 50) String name,
      @Schema(
              examples = "33018219530715002X",
              pattern = "^[0-9]{17}[0-9Xx]$",
              description = "resident ID number; masked in every output")
          @NotNull
          @ResidentIdNumber
          String idNumber,
      @Schema(
              examples = "13857101234",
              pattern = "^(\\+86|0086)?[ -]*1[3-9]([ -]*[0-9]){9}$",
              description = "mainland mobile number; masked in every output")
          @MobilePhone
          String phone,
      @Schema(
              type = SchemaType.STRING,
              pattern = RegionCode.PATTERN,
              examples = "330182002001001",
              description = "the grid (or village, community) the person stays in")
          @NotNull
          String place,
      @NotNull HomeCaseKind kind,
      @NotNull LocalDate startsOn,
      @Schema(
              description = "how many days; the kind's when left out",
              minimum = "1",
              maximum = "60")
          @Min(1)
          @Max(60)
          Integer days,
      @Schema(description = "a visit every so many days; the kind's when left out", minimum = "1")
          @Min(1)
          Integer visitEvery,
      @Schema(description = "the days a test is due (day 1 the first); the kind's when left out")
          @Size(max = 60)
          List<@NotNull Integer> testDays) {

    HomeCaseDetails toDetails() {
      return new HomeCaseDetails(
          name.strip(),
          IdNumber.of(idNumber.toUpperCase(Locale.ROOT)),
          phone == null || phone.isBlank() ? null : PhoneNumber.of(phone),
          RegionCode.parse("place", place),
          kind,
          startsOn,
          days,
          visitEvery,
          testDays == null ? null : Set.copyOf(testDays));
    }

    @Override
    public String toString() {
      return "HomeCaseForm[kind=" + kind + ", place=" + place + ", startsOn=" + startsOn + "]";
    }
  }

  /** A visit to record. */
  @Schema(
      name = "HomeCaseVisitForm",
      description = "登记走访 — a visit on a day of the case",
      requiredProperties = {"visitedOn", "testTaken", "sealIntact"})
  public record Visit(
      @NotNull LocalDate visitedOn,
      @NotNull Boolean testTaken,
      @Schema(description = "the door seal (门磁/封条) found intact") @NotNull Boolean sealIntact,
      @Schema(
              description = "℃, 34.0 to 43.0; masked in every output",
              minimum = "34.0",
              maximum = "43.0")
          Double temperature,
      @Schema(maxLength = 150, description = "what was found; masked in every output")
          @FreeText(max = 150)
          String symptoms) {}

  /** More days, and why. */
  @Schema(
      name = "HomeCaseExtensionForm",
      requiredProperties = {"days", "reason"})
  public record Extension(
      @Schema(minimum = "1", maximum = "59") @NotNull @Min(1) @Max(59) Integer days,
      @Schema(minLength = 1, maxLength = 200) @NameText(max = 200) String reason) {}

  /** An early end, and why. */
  @Schema(
      name = "HomeCaseEndingForm",
      requiredProperties = {"reason"})
  public record Ending(
      @Schema(description = "the day it ends; today when left out") LocalDate endedOn,
      @Schema(minLength = 1, maxLength = 200) @NameText(max = 200) String reason) {}
}
