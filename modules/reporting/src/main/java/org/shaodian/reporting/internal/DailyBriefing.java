package org.shaodian.reporting.internal;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
 * record, so they always say the same; as JSON ({@code format=json}) it is the briefing's figures
 * for a page (the map is left out: {@code /api/v1/map.png} draws it).
 *
 * @param dataAsOf the end of the day, or the moment the figures were read while it lasts
 * @param cumulativeSince the first day counted in the checkpoints' cumulative figures
 */
@Schema(
    name = "DailyBriefing",
    description = "每日简报的数据 — a region's daily briefing in figures, as the PDF prints them",
    requiredProperties = {
      "region",
      "day",
      "generatedAt",
      "dataAsOf",
      "cumulativeSince",
      "headline",
      "dayBefore",
      "checkpoints",
      "shifts",
      "outcomes",
      "trend",
      "coverage",
      "findings",
      "grids",
      "keyPlaces",
      "areas"
    })
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
    List<Outcome> outcomes,
    List<CheckpointTallies.DayTotals> trend,
    Coverage coverage,
    SupervisionFigures.Count findings,
    GridFigures.Figures grids,
    KeyPlacePatrolCounts keyPlaces,
    List<Area> areas,
    @JsonbTransient @Schema(hidden = true) byte[] map) {

  /** The same figures with the four-colour map (a PNG) to print. */
  public DailyBriefing withMap(byte[] png) {
    return new DailyBriefing(
        region,
        day,
        generatedAt,
        dataAsOf,
        cumulativeSince,
        headline,
        dayBefore,
        checkpoints,
        shifts,
        outcomes,
        trend,
        coverage,
        findings,
        grids,
        keyPlaces,
        areas,
        png);
  }

  /** The figures at the top, each compared with the day before. */
  @Schema(
      name = "BriefingHeadline",
      requiredProperties = {
        "vehicles",
        "people",
        "returneesRegistered",
        "underHomeManagement",
        "requestsOverdue",
        "findingsOpen"
      })
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
  @Schema(
      name = "BriefingCheckpointLine",
      requiredProperties = {
        "name",
        "vehicles",
        "pedestrians",
        "people",
        "vehiclesToDate",
        "peopleToDate"
      })
  public record CheckpointLine(
      String name,
      long vehicles,
      long pedestrians,
      long people,
      long vehiclesToDate,
      long peopleToDate,
      Long medianSeconds) {}

  /** One checkpoint's shift. */
  @Schema(
      name = "BriefingShiftLine",
      requiredProperties = {"checkpoint", "shift", "vehicles", "pedestrians", "people"})
  public record ShiftLine(
      String checkpoint, int shift, long vehicles, long pedestrians, long people) {}

  /** Inspections sent one way, and the people in them. */
  @Schema(
      name = "BriefingOutcome",
      requiredProperties = {"outcome", "inspections", "people"})
  public record Outcome(DivertOutcome outcome, long inspections, long people) {

    Outcome plus(long moreInspections, long morePeople) {
      return new Outcome(outcome, inspections + moreInspections, people + morePeople);
    }
  }

  /**
   * One region under the briefing's (a town's village, a district's town), with its own figures;
   * {@code region} null for what is recorded at the briefing's region itself.
   */
  @Schema(
      name = "BriefingArea",
      requiredProperties = {"vehicles", "people", "grids", "seats", "keyPlaces", "findingsOpen"})
  public record Area(
      Region region,
      long vehicles,
      long people,
      GridFigures.Figures grids,
      Coverage.Figures seats,
      KeyPlacePatrolCounts.Figures keyPlaces,
      long findingsOpen) {}
}
