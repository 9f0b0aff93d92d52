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

  /**
   * One count: inspections and the people in them, of one kind, sent one way, at a checkpoint in a
   * place (the village or town it is set up in).
   */
  record Count(
      UUID checkpoint,
      String checkpointName,
      RegionCode place,
      Integer shift,
      InspectionSubject subject,
      VehicleKind vehicleKind,
      DivertOutcome outcome,
      long inspections,
      long people) {}

  /**
   * How long a checkpoint took per vehicle on a day: from guiding it in to sending it on, the
   * median over its vehicles (null when it inspected none).
   */
  record Pace(UUID checkpoint, String checkpointName, long vehicles, Long medianSeconds) {}

  /**
   * A region's figures: one day's by shift, the days since {@code since} to it added up, and each
   * checkpoint's pace that day.
   */
  record Figures(
      RegionCode region,
      LocalDate day,
      LocalDate since,
      List<Count> ofDay,
      List<Count> cumulative,
      List<Pace> pace) {}

  /**
   * The figures of the checkpoints within {@code region} for {@code day}, cumulative since {@code
   * since}.
   */
  Figures of(RegionCode region, LocalDate day, LocalDate since);

  /** One day's totals: vehicles inspected, people on foot inspected, and people in all. */
  record DayTotals(LocalDate day, long vehicles, long pedestrians, long people) {}

  /**
   * The totals of the checkpoints within {@code region} for each day from {@code from} to {@code
   * to} (at most 31 days), a day without inspections included with zeros: a trend.
   */
  List<DayTotals> days(RegionCode region, LocalDate from, LocalDate to);
}
