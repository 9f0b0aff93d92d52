package org.shaodian.checkpoints.api;

import java.time.LocalDate;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The key-place daily patrols (每日一巡) in figures, for the daily briefing (每日一报): per region and kind
 * of place, how many places were due, how many were patrolled and how many checklist items failed.
 * The caller's access and jurisdiction are checked (checkpoints read permission).
 */
public interface KeyPlacePatrols {

  /**
   * A region's key places on a day (Asia/Shanghai), today or earlier. {@code region} null: the
   * caller's jurisdiction. A place counts on a day when it was set up before the day ended and was
   * still active at its end (today: is active now), or was patrolled that day.
   */
  KeyPlacePatrolCounts onDay(RegionCode region, LocalDate day);
}
