package org.shaodian.rosters.internal.jobs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.rosters.api.RosterJobState;

/** An automatic rostering job and how far it got. */
@Schema(
    name = "RosterJobView",
    description = "自动排班任务 — a rostering job, its progress and its result",
    requiredProperties = {
      "id",
      "region",
      "from",
      "to",
      "state",
      "seatsTotal",
      "seatsFilled",
      "people",
      "hardBreaks",
      "stoppedEarly",
      "startedBy",
      "createdAt",
      "version"
    })
public record RosterJobView(
    UUID id,
    RegionCode region,
    LocalDate from,
    LocalDate to,
    RosterJobState state,
    @Schema(description = "seats in the problem: open ones and held ones the solver may move")
        int seatsTotal,
    @Schema(description = "seats the best roster so far fills") int seatsFilled,
    @Schema(description = "people it rosters from") int people,
    @Schema(
            description =
                "the best roster's score: hard breaks / open seats / soft preferences (higher is"
                    + " better)",
            examples = "0hard/-12medium/-34567soft")
        String bestScore,
    @Schema(description = "rules the proposal breaks; 0 when feasible") int hardBreaks,
    boolean stoppedEarly,
    @Schema(description = "milliseconds until every hard rule held") Long feasibleAfterMillis,
    @Schema(description = "moves the solver evaluated per second") Long movesPerSecond,
    String startedBy,
    OffsetDateTime createdAt,
    OffsetDateTime solvingSince,
    OffsetDateTime finishedAt,
    String decidedBy,
    OffsetDateTime decidedAt,
    String failure,
    long version) {

  static RosterJobView of(RosterJob job) {
    return new RosterJobView(
        job.id(),
        job.region(),
        job.from(),
        job.to(),
        job.state(),
        job.seatsTotal(),
        job.seatsFilled(),
        job.people(),
        job.bestScore(),
        job.hardBreaks(),
        job.stoppedEarly(),
        job.feasibleAfterMillis(),
        job.state() == RosterJobState.QUEUED || job.state() == RosterJobState.SOLVING
            ? null
            : job.movesPerSecond(),
        job.startedBy(),
        ShaodianTime.at(job.createdAt()),
        ShaodianTime.at(job.solvingSince()),
        ShaodianTime.at(job.finishedAt()),
        job.decidedBy(),
        ShaodianTime.at(job.decidedAt()),
        job.failure(),
        job.version());
  }
}
