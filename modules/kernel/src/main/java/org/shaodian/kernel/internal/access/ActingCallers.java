package org.shaodian.kernel.internal.access;

import java.util.Optional;
import org.shaodian.kernel.api.access.CapturedCaller;

/**
 * The caller background work runs as, per thread. Set only by {@link ThreadCallers#runAs} for the
 * duration of the work, and always restored, so a pooled thread never keeps a caller it was lent.
 */
final class ActingCallers {

  private static final ThreadLocal<CapturedCaller> ACTING = new ThreadLocal<>();

  private ActingCallers() {}

  static Optional<CapturedCaller> current() {
    return Optional.ofNullable(ACTING.get());
  }

  static CapturedCaller swap(CapturedCaller next) {
    CapturedCaller previous = ACTING.get();
    if (next == null) {
      ACTING.remove();
    } else {
      ACTING.set(next);
    }
    return previous;
  }
}
