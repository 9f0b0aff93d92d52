package org.shaodian.grids.internal.health;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.kernel.api.personal.HealthNote;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;

/** A case of home health management: ID number, phone and what visits found masked. */
@Schema(
    name = "HomeCaseView",
    description = "居家健康管理 — a case of home isolation, home observation or daily monitoring",
    requiredProperties = {
      "id",
      "name",
      "idNumber",
      "place",
      "placeName",
      "kind",
      "kindName",
      "startsOn",
      "endsOn",
      "visitEvery",
      "testDays",
      "state",
      "overdue",
      "version"
    })
public record HomeCaseView(
    UUID id,
    String name,
    IdNumber idNumber,
    PhoneNumber phone,
    RegionCode place,
    String placeName,
    HomeCaseKind kind,
    String kindName,
    LocalDate startsOn,
    @Schema(description = "the last day (after extensions; the day it ended, if ended early)")
        LocalDate endsOn,
    @Schema(description = "a visit every so many days") int visitEvery,
    @Schema(description = "the days a test is due (day 1 is the first)") List<Integer> testDays,
    @Schema(enumeration = {"OPEN", "ENDED"}) String state,
    LocalDate endedOn,
    String endReason,
    @Schema(description = "due visits and tests not done on their day") int overdue,
    @Schema(description = "day by day (when one case is read)") List<DueView> schedule,
    @Schema(description = "the visits, earliest first (when one case is read)")
        List<VisitView> visits,
    long version) {

  /** A day of the schedule. */
  @Schema(
      name = "HomeCaseDue",
      requiredProperties = {"date", "day", "visitDue", "testDue", "visited", "tested", "overdue"})
  public record DueView(
      LocalDate date,
      int day,
      boolean visitDue,
      boolean testDue,
      boolean visited,
      boolean tested,
      boolean overdue) {}

  /** A visit. */
  @Schema(
      name = "HomeCaseVisit",
      requiredProperties = {"id", "visitedOn", "testTaken", "sealIntact", "fever", "recordedBy"})
  public record VisitView(
      UUID id,
      LocalDate visitedOn,
      boolean testTaken,
      boolean sealIntact,
      @Schema(description = "a temperature of 37.3 ℃ or more was measured") boolean fever,
      HealthNote observation,
      String recordedBy) {}
}
