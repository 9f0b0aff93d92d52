package org.shaodian.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.reporting.internal.DailyBriefing.Headline;

/**
 * A region's headline figures day by day for the seven days up to one: what the officials'
 * dashboard draws as trends. Figures only, as the briefing's headline counts them.
 */
@Schema(
    name = "BriefingTrend",
    description = "近 7 日趋势 — a region's headline figures for each of seven days",
    requiredProperties = {"region", "day", "days"})
public record BriefingTrend(
    Region region,
    @Schema(description = "the last day, included") LocalDate day,
    @Schema(minItems = 7, maxItems = 7, description = "oldest first") List<Day> days) {

  /** One day's headline figures (at its end; as of now for today). */
  @Schema(
      name = "BriefingTrendDay",
      requiredProperties = {"day", "figures"})
  public record Day(LocalDate day, Headline figures) {}
}
