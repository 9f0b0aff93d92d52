package org.shaodian.checkpoints.internal.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.TravellerRole;
import org.shaodian.checkpoints.api.VehicleKind;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.personal.HealthNote;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PersonName;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.PlateNumber;
import org.shaodian.kernel.api.personal.TestOutcome;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.region.RegionCode;

/** An inspection as stored, every personal value masked. */
@Schema(
    name = "InspectionView",
    description = "查验记录 — an inspection, its four steps and where it sent them; masked",
    requiredProperties = {
      "id",
      "checkpoint",
      "subject",
      "guidedAt",
      "verifiedAt",
      "recordedAt",
      "divertedAt",
      "day",
      "shift",
      "outcome",
      "people",
      "travellers",
      "policy",
      "recorder",
      "recordedBy",
      "receivedAt",
      "version"
    })
public record InspectionView(
    UUID id,
    UUID checkpoint,
    Integer lane,
    InspectionSubject subject,
    VehicleKind vehicleKind,
    PlateNumber plate,
    TravelHistory origin,
    RegionCode destination,
    OffsetDateTime guidedAt,
    OffsetDateTime verifiedAt,
    OffsetDateTime recordedAt,
    OffsetDateTime divertedAt,
    @Schema(description = "the duty day the inspection counts in (the recorder's shift)")
        LocalDate day,
    @Schema(description = "the shift's number in the checkpoint post's pattern") int shift,
    DivertOutcome outcome,
    int people,
    List<TravellerView> travellers,
    @Schema(description = "the screening policy version that judged it") UUID policy,
    @Schema(description = "the person on duty who recorded it (rosters)") UUID recorder,
    String recordedBy,
    UUID batch,
    OffsetDateTime receivedAt,
    TestOutcome testResult,
    long version) {

  /** One traveller, masked. */
  @Schema(
      name = "TravellerView",
      description = "a traveller; checks: what the checks found and the policy judged, masked",
      requiredProperties = {"seq", "role", "name", "idNumber", "checks"})
  public record TravellerView(
      int seq,
      TravellerRole role,
      PersonName name,
      IdNumber idNumber,
      PhoneNumber phone,
      HealthNote checks) {}

  static InspectionView of(Inspection inspection) {
    return new InspectionView(
        inspection.id(),
        inspection.checkpoint(),
        inspection.lane(),
        inspection.subject(),
        inspection.vehicleKind(),
        inspection.plate(),
        inspection.origin(),
        inspection.destination(),
        ShaodianTime.at(inspection.guidedAt()),
        ShaodianTime.at(inspection.verifiedAt()),
        ShaodianTime.at(inspection.recordedAt()),
        ShaodianTime.at(inspection.divertedAt()),
        inspection.day(),
        inspection.shift(),
        inspection.outcome(),
        inspection.people(),
        inspection.persons().stream()
            .map(
                p ->
                    new TravellerView(
                        p.seq(), p.role(), p.name(), p.idNumber(), p.phone(), p.checks()))
            .toList(),
        inspection.policy(),
        inspection.recorder(),
        inspection.recordedBy(),
        inspection.batch(),
        ShaodianTime.at(inspection.receivedAt()),
        inspection.testResult(),
        inspection.version());
  }
}
