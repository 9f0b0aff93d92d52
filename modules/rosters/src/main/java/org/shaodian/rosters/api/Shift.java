package org.shaodian.rosters.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.shaodian.kernel.api.ShaodianTime;

/**
 * One shift of a post's daily pattern: numbered from 1 in the order they start, starting on a whole
 * hour (Asia/Shanghai) and lasting whole hours; a shift may run past midnight into the next day.
 * The shift of a date is the one that starts on that date.
 */
public record Shift(int no, int startHour, int hours) {

  /** The hours a night shift touches: any of 00:00–06:00 makes a shift a night shift. */
  private static final int NIGHT_ENDS_AT = 6;

  public Instant startOn(LocalDate date) {
    return LocalDateTime.of(date, java.time.LocalTime.of(startHour, 0))
        .atZone(ShaodianTime.ZONE)
        .toInstant();
  }

  public Instant endOn(LocalDate date) {
    return startOn(date).plusSeconds(3600L * hours);
  }

  /** Whether the shift covers any hour between 00:00 and 06:00. */
  public boolean isNight() {
    for (int hour = startHour; hour < startHour + hours; hour++) {
      if (hour % 24 < NIGHT_ENDS_AT) {
        return true;
      }
    }
    return false;
  }

  /** How the shift reads on a roster: "00:00–08:00", "20:00–08:00". */
  public String label() {
    return String.format("%02d:00–%02d:00", startHour, (startHour + hours) % 24);
  }
}
