package org.shaodian.reporting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.shaodian.checkpoints.api.CheckpointTallies;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.KeyPlacePatrolCounts;
import org.shaodian.grids.api.GridFigures;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.rosters.api.Coverage;
import org.shaodian.rosters.api.SupervisionFigures;

/**
 * The daily briefing's figures for one region and day, gathered from the modules' apis ({@link
 * BriefingFigures}) and not yet put into words: the PDF and the workbook are made from this one
 * record, so they always say the same.
 *
 * @param dataAsOf the end of the day, or the moment the figures were read while it lasts
 * @param cumulativeSince the first day counted in the checkpoints' cumulative figures
 */
public record DailyBriefing(
    Region region,
    LocalDate day,
    OffsetDateTime generatedAt,
    OffsetDateTime dataAsOf,
    LocalDate cumulativeSince,
    Headline headline,
    Headline dayBefore,
    List<CheckpointLine> checkpoints,
    List<ShiftLine> shifts,
    Map<DivertOutcome, Outcome> outcomes,
    List<CheckpointTallies.DayTotals> trend,
    Coverage coverage,
    SupervisionFigures.Count findings,
    GridFigures.Figures grids,
    KeyPlacePatrolCounts keyPlaces,
    List<Area> areas,
    byte[] map) {

  /** The figures at the top, each compared with the day before. */
  public record Headline(
      long vehicles,
      long people,
      long returneesRegistered,
      long underHomeManagement,
      long requestsOverdue,
      long findingsOpen) {}

  /**
   * One checkpoint's day: vehicles and people inspected, cumulative since {@link #cumulativeSince},
   * and the median time per vehicle in seconds (null without vehicles).
   */
  public record CheckpointLine(
      String name,
      long vehicles,
      long pedestrians,
      long people,
      long vehiclesToDate,
      long peopleToDate,
      Long medianSeconds) {}

  /** One checkpoint's shift. */
  public record ShiftLine(
      String checkpoint, int shift, long vehicles, long pedestrians, long people) {}

  /** Inspections sent one way, and the people in them. */
  public record Outcome(long inspections, long people) {
    static final Outcome NONE = new Outcome(0, 0);

    Outcome plus(long moreInspections, long morePeople) {
      return new Outcome(inspections + moreInspections, people + morePeople);
    }
  }

  /**
   * One region under the briefing's (a town's village, a district's town), with its own figures;
   * {@code region} null for what is recorded at the briefing's region itself.
   */
  public record Area(
      Region region,
      long vehicles,
      long people,
      GridFigures.Figures grids,
      Coverage.Figures seats,
      KeyPlacePatrolCounts.Figures keyPlaces,
      long findingsOpen) {}
}
