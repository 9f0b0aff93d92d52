package org.shaodian.rosters.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person on duty at a post at a moment ({@link DutyService#onDutyAt}): the seat they hold and
 * when they are on it — the shift's start and end, their sign-in and sign-out. Whoever asks again
 * for a moment within {@link #covers(Instant)} gets the same answer.
 */
public record OnDuty(
    UUID post,
    LocalDate date,
    int shift,
    DutyRole role,
    int seat,
    Instant start,
    Instant end,
    Instant signedInAt,
    Instant signedOutAt) {

  /** Whether the person was on this seat, signed in and not yet out, at {@code at}. */
  public boolean covers(Instant at) {
    return !start.isAfter(at)
        && end.isAfter(at)
        && !signedInAt.isAfter(at)
        && (signedOutAt == null || signedOutAt.isAfter(at));
  }
}
