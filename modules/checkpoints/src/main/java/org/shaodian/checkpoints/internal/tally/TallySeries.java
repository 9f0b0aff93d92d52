package org.shaodian.checkpoints.internal.tally;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A series' totals to date, the day of its first tally row and the day and shift of its last.
 * Locked by every transaction that counts into the series, before it touches the series' rows.
 */
@Entity
@Table(name = "checkpoints_tally_series")
public class TallySeries {

  @EmbeddedId private TallySeriesKey key;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(name = "last_shift", nullable = false)
  private int lastShift;

  @Column(nullable = false)
  private long inspections;

  @Column(nullable = false)
  private long people;

  protected TallySeries() {}

  /** A series begun by its first row. */
  TallySeries(TallySeriesKey key, String regionPath, LocalDate day, int shift) {
    this.key = key;
    this.regionPath = regionPath;
    this.firstDay = day;
    this.lastDay = day;
    this.lastShift = shift;
  }

  /** Where a row of the day and shift stands: before the last row (&lt; 0), at it, after it. */
  int compareToLast(LocalDate day, int shift) {
    int byDay = day.compareTo(lastDay);
    return byDay != 0 ? byDay : Integer.compare(shift, lastShift);
  }

  /**
   * Counts inspections in: a row after the last becomes the last, a day before the first the first.
   */
  void add(LocalDate day, int shift, int inspections, int people) {
    if (compareToLast(day, shift) > 0) {
      lastDay = day;
      lastShift = shift;
    }
    if (day.isBefore(firstDay)) {
      firstDay = day;
    }
    this.inspections += inspections;
    this.people += people;
  }

  public long inspections() {
    return inspections;
  }

  public long people() {
    return people;
  }
}
