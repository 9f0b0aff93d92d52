package org.shaodian.rosters.internal.solving;

import java.time.Instant;
import java.util.Objects;

/** A stretch of time, half-open: {@code start} belongs to it, {@code end} does not. */
public record Period(Instant start, Instant end) {

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("a period ends after it starts: " + start + " – " + end);
    }
  }

  public boolean overlaps(Period other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
