package org.shaodian.rosters.internal.duty;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.rosters.api.AbsenceReason;

/**
 * A period a person cannot serve. The reason may say something about their health (quarantined,
 * ill): only the command office reads absences; rosters and coverage show a seat's gap, never why.
 */
@Schema(
    name = "AbsenceView",
    description = "不可值守时段 — a period a person cannot serve",
    requiredProperties = {"id", "person", "from", "until", "reason", "recordedAt"})
public record AbsenceView(
    UUID id,
    UUID person,
    OffsetDateTime from,
    OffsetDateTime until,
    AbsenceReason reason,
    String note,
    OffsetDateTime recordedAt) {

  static AbsenceView of(Absence absence) {
    return new AbsenceView(
        absence.id(),
        absence.person(),
        ShaodianTime.at(absence.start()),
        ShaodianTime.at(absence.end()),
        absence.reason(),
        absence.note(),
        ShaodianTime.at(absence.recordedAt()));
  }
}
