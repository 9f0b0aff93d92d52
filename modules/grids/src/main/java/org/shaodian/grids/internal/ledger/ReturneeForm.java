package org.shaodian.grids.internal.ledger;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.ReturneeDetails;
import org.shaodian.grids.api.ReturneeSource;
import org.shaodian.grids.api.TravelMode;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.MobilePhone;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.ResidentIdNumber;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameText;

/** A returnee as a grid worker registers them (door to door, or from a citizen's request). */
@Schema(
    name = "ReturneeForm",
    description =
        "返乡人员登记 — register a returnee in the ledger; source DOOR_TO_DOOR (the default) or"
            + " REQUEST (checkpoints register through the grids api)",
    requiredProperties = {"name", "idNumber", "stay", "arrivedOn", "mode", "throughRiskArea"})
public record ReturneeForm(
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
            description = "the village, community or grid the returnee stays in")
        @NotNull
        String stay,
    @Schema(description = "the day they arrived; not after today") @NotNull LocalDate arrivedOn,
    @NotNull TravelMode mode,
    @Schema(
            examples = "上海市浦东新区 → 杭州东站 → 建德",
            maxLength = 200,
            description = "where from, by way of where; masked in every output")
        @Size(max = 200)
        String travel,
    @NotNull Boolean throughRiskArea,
    ReturneeSource source) {

  /** Masked like everything that holds personal data, in case a form is ever logged. */
  @Override
  public String toString() {
    return "ReturneeForm[name="
        + name
        + ", idNumber="
        + (idNumber != null && IdNumber.isValid(idNumber) ? IdNumber.of(idNumber).masked() : "***")
        + ", stay="
        + stay
        + ", arrivedOn="
        + arrivedOn
        + "]";
  }

  ReturneeSource sourceOrDefault() {
    ReturneeSource given = source == null ? ReturneeSource.DOOR_TO_DOOR : source;
    if (given == ReturneeSource.CHECKPOINT) {
      throw Problem.invalid(
          "source",
          Text.of("卡口登记由卡口系统写入", "checkpoints register returnees themselves, through the api"));
    }
    return given;
  }

  /** Turns the checked form into domain values; call after Bean Validation. */
  ReturneeDetails toDetails() {
    if (travel != null && !travel.isBlank() && !TravelHistory.isValid(travel)) {
      throw Problem.invalid(
          "travel", Text.of("行程含有不可见字符或过长", "holds invisible characters or is too long"));
    }
    return new ReturneeDetails(
        name.strip(),
        IdNumber.of(idNumber.toUpperCase(Locale.ROOT)),
        phone == null || phone.isBlank() ? null : PhoneNumber.of(phone),
        RegionCode.parse("stay", stay),
        arrivedOn,
        mode,
        travel == null || travel.isBlank() ? null : TravelHistory.of(travel),
        throughRiskArea);
  }
}
