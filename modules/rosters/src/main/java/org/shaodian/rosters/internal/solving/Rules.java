package org.shaodian.rosters.internal.solving;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.shaodian.rosters.api.Qualification;

/**
 * The rostering rules in one place, on epoch seconds: the constraints, the greedy construction and
 * the reasons for open seats all judge by these, so they cannot disagree.
 */
final class Rules {

  /** At least this long between the end of one duty and the start of the next. */
  static final long REST_SECONDS = 16 * 3600L;

  /** The window of the weekly limit. */
  static final long WEEK_SECONDS = 7 * 24 * 3600L;

  /** At most this many duties start in any window of 7 days. */
  static final int MAX_SHIFTS_PER_WEEK = 6;

  /** Nights are judged on the clock of the place. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final long NIGHT_END_SECONDS = 6 * 3600L;

  private Rules() {}

  static boolean overlap(long start1, long end1, long start2, long end2) {
    return start1 < end2 && start2 < end1;
  }

  /** Apart, but with less than 16 h between the end of one and the start of the other. */
  static boolean tooClose(long start1, long end1, long start2, long end2) {
    return !overlap(start1, end1, start2, end2)
        && start1 < end2 + REST_SECONDS
        && start2 < end1 + REST_SECONDS;
  }

  /**
   * How many duties too many start in the fullest window of 7 days (a window starts at a duty's
   * start). The starts need not be sorted; the array is sorted in place.
   */
  static int weeklyExcess(long[] starts, int count) {
    if (count <= MAX_SHIFTS_PER_WEEK) {
      return 0;
    }
    Arrays.sort(starts, 0, count);
    int fullest = 0;
    int last = 0;
    for (int first = 0; first < count; first++) {
      if (last < first) {
        last = first;
      }
      while (last + 1 < count && starts[last + 1] < starts[first] + WEEK_SECONDS) {
        last++;
      }
      fullest = Math.max(fullest, last - first + 1);
    }
    return Math.max(0, fullest - MAX_SHIFTS_PER_WEEK);
  }

  /** A duty is a night duty when it covers any time between 00:00 and 06:00 in Asia/Shanghai. */
  static boolean isNight(Instant start, Instant end) {
    LocalDate day = start.atZone(ZONE).toLocalDate();
    LocalDate last = end.atZone(ZONE).toLocalDate();
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      ZonedDateTime midnight = day.atStartOfDay(ZONE);
      long nightStart = midnight.toEpochSecond();
      long nightEnd = nightStart + NIGHT_END_SECONDS;
      if (overlap(start.getEpochSecond(), end.getEpochSecond(), nightStart, nightEnd)) {
        return true;
      }
    }
    return false;
  }

  static long mask(Set<Qualification> qualifications) {
    long mask = 0;
    for (Qualification qualification : qualifications) {
      mask |= 1L << qualification.ordinal();
    }
    return mask;
  }

  static Set<Qualification> qualifications(long mask) {
    EnumSet<Qualification> set = EnumSet.noneOf(Qualification.class);
    for (Qualification qualification : Qualification.values()) {
      if ((mask & (1L << qualification.ordinal())) != 0) {
        set.add(qualification);
      }
    }
    return set;
  }

  /** Periods as sorted {@code [start0, end0, start1, end1, …]} epoch seconds. */
  static long[] periods(Iterable<Period> periods) {
    long[][] pairs =
        java.util.stream.StreamSupport.stream(periods.spliterator(), false)
            .map(p -> new long[] {p.start().getEpochSecond(), p.end().getEpochSecond()})
            .sorted((a, b) -> Long.compare(a[0], b[0]))
            .toArray(long[][]::new);
    long[] flat = new long[pairs.length * 2];
    for (int i = 0; i < pairs.length; i++) {
      flat[2 * i] = pairs[i][0];
      flat[2 * i + 1] = pairs[i][1];
    }
    return flat;
  }

  static boolean anyOverlap(long[] periods, long start, long end) {
    for (int i = 0; i < periods.length; i += 2) {
      if (periods[i] >= end) {
        return false;
      }
      if (start < periods[i + 1]) {
        return true;
      }
    }
    return false;
  }

  static boolean anyTooClose(long[] periods, long start, long end) {
    for (int i = 0; i < periods.length; i += 2) {
      if (tooClose(periods[i], periods[i + 1], start, end)) {
        return true;
      }
    }
    return false;
  }
}
