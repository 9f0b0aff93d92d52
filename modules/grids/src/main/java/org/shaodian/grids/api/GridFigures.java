package org.shaodian.grids.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The grids' work of a day in figures, for the daily briefing (每日一报): per place (the village,
 * community or grid a record belongs to), returnees registered, people under home management,
 * visits due and done, tests overdue, and citizen requests received, resolved and overdue. Counted
 * from that day's records and the cases running that day, so a day costs the same however long the
 * history. The caller's access (grids read) and jurisdiction are checked.
 */
public interface GridFigures {

  /**
   * A region's figures on a day (Asia/Shanghai), today or earlier; {@code region} null: the
   * caller's jurisdiction. "At the end of the day" means as of now for today.
   */
  DayFigures onDay(RegionCode region, LocalDate day);

  /** A region's day: one line per place that has something to count. */
  @Schema(
      name = "GridDayFigures",
      description = "网格每日数据 — returnees, home management, visits, requests, per place",
      requiredProperties = {"region", "day", "places"})
  record DayFigures(RegionCode region, LocalDate day, List<PlaceFigures> places) {
    public DayFigures {
      places = List.copyOf(places);
    }

    /** All places added up. */
    public Figures totals() {
      return places.stream().map(PlaceFigures::figures).reduce(Figures.NONE, Figures::plus);
    }
  }

  /** One place's figures. */
  @Schema(
      name = "GridPlaceFigures",
      requiredProperties = {"place", "figures"})
  record PlaceFigures(RegionCode place, Figures figures) {}

  /** The counts. */
  @Schema(
      name = "GridFigureCounts",
      requiredProperties = {
        "returneesRegistered",
        "returneesTotal",
        "underIsolation",
        "underObservation",
        "underMonitoring",
        "visitsDue",
        "visitsDone",
        "testsOverdue",
        "requestsReceived",
        "requestsResolved",
        "requestsOverdue"
      })
  record Figures(
      @Schema(description = "returnees first registered in the ledger that day")
          long returneesRegistered,
      @Schema(description = "returnees in the ledger at the end of the day") long returneesTotal,
      @Schema(description = "people under home isolation (居家隔离) that day") long underIsolation,
      @Schema(description = "people under home observation (居家观察) that day") long underObservation,
      @Schema(description = "people under daily health monitoring (日常健康监测) that day")
          long underMonitoring,
      @Schema(description = "visits the cases' schedules called for that day") long visitsDue,
      @Schema(description = "of those, the visits made") long visitsDone,
      @Schema(
              description =
                  "tests due up to the day (before today, for today) and not taken, in the cases"
                      + " running that day")
          long testsOverdue,
      @Schema(description = "citizen requests received that day") long requestsReceived,
      @Schema(description = "citizen requests resolved that day") long requestsResolved,
      @Schema(description = "requests past their deadline and unresolved at the end of the day")
          long requestsOverdue) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** People under any kind of home management. */
    public long underHomeManagement() {
      return underIsolation + underObservation + underMonitoring;
    }

    public Figures plus(Figures o) {
      return new Figures(
          returneesRegistered + o.returneesRegistered,
          returneesTotal + o.returneesTotal,
          underIsolation + o.underIsolation,
          underObservation + o.underObservation,
          underMonitoring + o.underMonitoring,
          visitsDue + o.visitsDue,
          visitsDone + o.visitsDone,
          testsOverdue + o.testsOverdue,
          requestsReceived + o.requestsReceived,
          requestsResolved + o.requestsResolved,
          requestsOverdue + o.requestsOverdue);
    }
  }
}
