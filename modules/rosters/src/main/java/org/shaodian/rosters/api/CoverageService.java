package org.shaodian.rosters.api;

import java.time.Instant;
import java.time.LocalDate;
import org.shaodian.kernel.api.region.RegionCode;

/** How a region's posts are staffed, for the briefing and the dashboard. */
public interface CoverageService {

  /** A region's open posts on a date, every shift that starts that day, as of now. */
  Coverage onDay(RegionCode region, LocalDate date);

  /** A region's open posts at a moment: the shifts running then, as of now. */
  Coverage at(RegionCode region, Instant moment);
}
