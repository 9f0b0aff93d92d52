package org.shaodian.grids.internal.register;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.grids.api.ResidentFlag;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.MobilePhone;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.ResidentIdNumber;
import org.shaodian.kernel.api.text.NameText;

/** A resident, as sent to register or change them. */
@Schema(
    name = "ResidentForm",
    description = "居民登记/修改 — a resident of a dwelling, to register or change",
    requiredProperties = {"name", "idNumber", "dwelling", "relation"})
public record ResidentForm(
    @Schema(
            examples = "周桂英",
            minLength = 1,
            maxLength = 50,
            description =
                "1 to 50 characters, not only spaces; no control, bidirectional or zero-width"
                    + " characters")
        @NameText(max = 50)
        String name,
    @Schema(
            examples = "33018219530715002X",
            pattern = "^[0-9]{17}[0-9Xx]$",
            description =
                "resident ID number (GB 11643: check digit and birth date are checked); masked in"
                    + " every output")
        @NotNull
        @ResidentIdNumber
        String idNumber,
    @Schema(
            examples = "13857101234",
            pattern = "^(\\+86|0086)?[ -]*1[3-9]([ -]*[0-9]){9}$",
            description =
                "mainland mobile number (spaces, hyphens and +86 allowed); masked in every output")
        @MobilePhone
        String phone,
    @Schema(description = "the dwelling the resident lives in (a dwelling of a grid's building)")
        @NotNull
        UUID dwelling,
    @NotNull HouseholdRelation relation,
    @Schema(maxItems = 4, uniqueItems = true) @Size(max = 4) List<@NotNull ResidentFlag> flags) {

  /** Masked like everything that holds personal data, in case a form is ever logged. */
  @Override
  public String toString() {
    return "ResidentForm[name="
        + name
        + ", idNumber="
        + (idNumber != null && IdNumber.isValid(idNumber) ? IdNumber.of(idNumber).masked() : "***")
        + ", phone="
        + (phone != null && PhoneNumber.isValid(phone) ? PhoneNumber.of(phone).masked() : "***")
        + ", dwelling="
        + dwelling
        + ", relation="
        + relation
        + "]";
  }

  /** Turns the checked form into domain values; call after Bean Validation. */
  ResidentDetails toDetails() {
    return new ResidentDetails(
        name.strip(),
        IdNumber.of(idNumber.toUpperCase(Locale.ROOT)),
        phone == null || phone.isBlank() ? null : PhoneNumber.of(phone),
        relation,
        flags == null ? Set.of() : Set.copyOf(flags));
  }
}
