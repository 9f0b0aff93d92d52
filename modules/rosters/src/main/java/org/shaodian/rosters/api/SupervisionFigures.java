package org.shaodian.rosters.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * Supervision findings (督查问题) in figures, for the daily briefing: per place of the post they were
 * found at, how many were found that day and how many were still open at its end. The caller's
 * access (rosters read) and jurisdiction are checked.
 */
public interface SupervisionFigures {

  /**
   * A region's findings on a day (Asia/Shanghai), today or earlier ("at its end" is now for today);
   * {@code region} null: the caller's jurisdiction.
   */
  FindingCounts onDay(RegionCode region, LocalDate day);

  /** A region's day, one line per place with a finding to count. */
  @Schema(
      name = "FindingCounts",
      description = "督查问题统计 — findings found on a day and still open at its end, per place",
      requiredProperties = {"region", "day", "places"})
  record FindingCounts(RegionCode region, LocalDate day, List<PlaceCount> places) {
    public FindingCounts {
      places = List.copyOf(places);
    }

    public Count totals() {
      return places.stream().map(PlaceCount::count).reduce(Count.NONE, Count::plus);
    }
  }

  @Schema(
      name = "FindingPlaceCount",
      requiredProperties = {"place", "count"})
  record PlaceCount(RegionCode place, Count count) {}

  @Schema(
      name = "FindingCount",
      requiredProperties = {"found", "awaitingRectification", "awaitingClosure"})
  record Count(
      @Schema(description = "findings recorded that day") long found,
      @Schema(description = "found by the day's end and not rectified by then")
          long awaitingRectification,
      @Schema(description = "rectified by the day's end and not yet closed by supervision")
          long awaitingClosure) {

    public static final Count NONE = new Count(0, 0, 0);

    /** Not closed at the day's end. */
    public long open() {
      return awaitingRectification + awaitingClosure;
    }

    public Count plus(Count o) {
      return new Count(
          found + o.found,
          awaitingRectification + o.awaitingRectification,
          awaitingClosure + o.awaitingClosure);
    }
  }
}
