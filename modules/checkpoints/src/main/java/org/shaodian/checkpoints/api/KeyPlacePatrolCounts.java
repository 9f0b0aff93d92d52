package org.shaodian.checkpoints.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The key places of a region on a day and their patrols: in total and per region (the village,
 * community or town a place is in) and kind. {@code unpatrolled} = {@code places} − {@code
 * patrolled}.
 */
@Schema(
    name = "KeyPlacePatrolCounts",
    description = "重点场所每日一巡统计 — key places due, patrolled and items failed on a day",
    requiredProperties = {"region", "regionName", "day", "totals", "lines"})
public record KeyPlacePatrolCounts(
    RegionCode region, String regionName, LocalDate day, Figures totals, List<Line> lines) {

  public KeyPlacePatrolCounts {
    lines = List.copyOf(lines);
  }

  /** The figures of some places on one day. */
  @Schema(
      name = "KeyPlacePatrolFigures",
      requiredProperties = {"places", "patrolled", "unpatrolled", "withFailures", "itemsFailed"})
  public record Figures(
      @Schema(description = "places due that day") long places,
      @Schema(description = "places patrolled that day") long patrolled,
      @Schema(description = "places due and not patrolled") long unpatrolled,
      @Schema(description = "patrols with at least one item failed") long withFailures,
      @Schema(description = "checklist items failed, over all the day's patrols")
          long itemsFailed) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0);

    public Figures plus(Figures other) {
      return new Figures(
          places + other.places,
          patrolled + other.patrolled,
          unpatrolled + other.unpatrolled,
          withFailures + other.withFailures,
          itemsFailed + other.itemsFailed);
    }
  }

  /** The places of one kind in one region. */
  @Schema(
      name = "KeyPlacePatrolLine",
      requiredProperties = {"region", "regionName", "kind", "kindName", "figures"})
  public record Line(
      RegionCode region, String regionName, KeyPlaceKind kind, String kindName, Figures figures) {}
}
