package org.shaodian.rosters.internal.people;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.personal.MobilePhone;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameText;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.PersonDetails;
import org.shaodian.rosters.api.Qualification;

/** A person who serves, as sent to register or change them. */
@Schema(
    name = "PersonForm",
    description = "人员登记/修改 — a person who serves, to register or change",
    requiredProperties = {"name", "affiliation", "partyMember", "homeRegion"})
public record PersonForm(
    @Schema(
            examples = "余振华",
            minLength = 1,
            maxLength = 50,
            description =
                "1 to 50 characters, not only spaces; no control, bidirectional or zero-width"
                    + " characters")
        @NameText(max = 50)
        String name,
    @Schema(
            examples = "13857101234",
            pattern = "^(\\+86|0086)?[ -]*1[3-9]([ -]*[0-9]){9}$",
            description =
                "mainland mobile number (spaces, hyphens and +86 allowed); masked in every output")
        @MobilePhone
        String phone,
    @NotNull Affiliation affiliation,
    @NotNull Boolean partyMember,
    @Schema(maxItems = 10, uniqueItems = true) @Size(max = 10)
        List<@NotNull Qualification> qualifications,
    @Schema(
            type = SchemaType.STRING,
            pattern = RegionCode.PATTERN,
            examples = "330182107201",
            description = "region code of the person's home (village, community or town)")
        @NotNull
        String homeRegion) {

  /** Masked like everything that holds personal data, in case a form is ever logged. */
  @Override
  public String toString() {
    return "PersonForm[name="
        + name
        + ", phone="
        + (phone != null && PhoneNumber.isValid(phone) ? PhoneNumber.of(phone).masked() : "***")
        + ", affiliation="
        + affiliation
        + ", homeRegion="
        + homeRegion
        + "]";
  }

  /** Turns the checked form into domain values; call after Bean Validation. */
  PersonDetails toDetails() {
    return new PersonDetails(
        name.strip(),
        phone == null || phone.isBlank() ? null : PhoneNumber.of(phone),
        affiliation,
        partyMember,
        qualifications == null ? Set.of() : Set.copyOf(qualifications),
        RegionCode.parse("homeRegion", homeRegion));
  }
}
