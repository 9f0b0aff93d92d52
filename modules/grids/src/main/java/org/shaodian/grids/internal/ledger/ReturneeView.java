package org.shaodian.grids.internal.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.ReturneeSource;
import org.shaodian.grids.api.TestKind;
import org.shaodian.grids.api.TravelMode;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.TestOutcome;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.region.RegionCode;

/** A ledger entry: ID number, phone, travel and test outcomes masked. */
@Schema(
    name = "ReturneeView",
    description = "返乡人员 — one person in the returnee ledger, however many sources registered them",
    requiredProperties = {
      "id",
      "name",
      "idNumber",
      "stay",
      "stayName",
      "arrivedOn",
      "mode",
      "throughRiskArea",
      "registrations",
      "version",
      "registeredAt",
      "updatedAt"
    })
public record ReturneeView(
    UUID id,
    String name,
    IdNumber idNumber,
    PhoneNumber phone,
    RegionCode stay,
    @Schema(description = "the village, community or grid the returnee stays in") String stayName,
    LocalDate arrivedOn,
    TravelMode mode,
    TravelHistory travel,
    @Schema(description = "came through a risk area, by any source's word") boolean throughRiskArea,
    List<RegistrationView> registrations,
    @Schema(description = "their tests, earliest first (when one entry is read)")
        List<TestView> tests,
    long version,
    OffsetDateTime registeredAt,
    OffsetDateTime updatedAt) {

  /** A source's registration. */
  @Schema(
      name = "ReturneeRegistration",
      requiredProperties = {"source", "sourceName", "registeredBy", "registeredAt"})
  public record RegistrationView(
      ReturneeSource source,
      String sourceName,
      @Schema(description = "the source's record, e.g. a checkpoint inspection") String reference,
      String registeredBy,
      OffsetDateTime registeredAt) {}

  /** A test and its (masked) outcome. */
  @Schema(
      name = "ReturneeTestView",
      requiredProperties = {"id", "takenOn", "kind", "outcome"})
  public record TestView(UUID id, LocalDate takenOn, TestKind kind, TestOutcome outcome) {}
}
