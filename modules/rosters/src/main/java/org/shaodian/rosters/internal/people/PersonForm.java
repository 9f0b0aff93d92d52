package org.shaodian.rosters.internal.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.personal.MobilePhone;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameText;
import org.shaodian.kernel.api.web.EnumName;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.PersonDetails;
import org.shaodian.rosters.api.Qualification;

/** A person who serves, as sent to register or change them. */
@Schema(name = "PersonForm", description = "人员登记/修改 — a person who serves, to register or change")
public record PersonForm(
    @Schema(example = "余振华") @NameText(max = 50) String name,
    @Schema(example = "13857101234", description = "mainland mobile; shown masked in every output")
        @MobilePhone
        String phone,
    @Schema(implementation = Affiliation.class) @NotNull @EnumName(of = Affiliation.class)
        String affiliation,
    @NotNull Boolean partyMember,
    @Size(max = 10) List<@NotNull @EnumName(of = Qualification.class) String> qualifications,
    @Schema(example = "330182107201", description = "region code of the person's home village")
        @NotBlank
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
        Affiliation.valueOf(affiliation),
        partyMember,
        qualifications == null
            ? Set.of()
            : qualifications.stream().map(Qualification::valueOf).collect(Collectors.toSet()),
        RegionCode.parse("homeRegion", homeRegion));
  }
}
