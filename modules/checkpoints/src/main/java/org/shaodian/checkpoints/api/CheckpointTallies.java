package org.shaodian.checkpoints.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The daily tallies of inspections, for the briefing: kept current in the transaction of every
 * inspection, so reading them never scans past days' inspections, and always equal to a count of
 * them. Jurisdiction-scoped like every read.
 */
public interface CheckpointTallies {

  /** One count: inspections and the people in them, of one kind, sent one way. */
  record Count(
      UUID checkpoint,
      String checkpointName,
      Integer shift,
      InspectionSubject subject,
      VehicleKind vehicleKind,
      DivertOutcome outcome,
      long inspections,
      long people) {}

  /** A region's figures: one day's by shift, and the days since {@code since} to it added up. */
  record Figures(
      RegionCode region,
      LocalDate day,
      LocalDate since,
      List<Count> ofDay,
      List<Count> cumulative) {}

  /**
   * The figures of the checkpoints within {@code region} for {@code day}, cumulative since {@code
   * since}.
   */
  Figures of(RegionCode region, LocalDate day, LocalDate since);
}
