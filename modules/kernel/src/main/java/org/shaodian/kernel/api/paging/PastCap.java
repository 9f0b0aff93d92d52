package org.shaodian.kernel.api.paging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The lists known to be longer than {@link Page#TOTAL_CAP}, each for a while after it was counted.
 * "More than 10,000" is an inexact answer by definition and stays true for a while, so a list past
 * the cap need not be counted again on every page; a count under the cap is exact and never
 * remembered (a list that has dropped under the cap is forgotten as soon as it is counted again).
 */
final class PastCap {

  private final long forNanos;
  private final int maxEntries;
  private final LongSupplier clock;
  private final Map<Object, Long> until = new ConcurrentHashMap<>();

  /**
   * @param forNanos how long a list counted past the cap is taken as still past it
   * @param maxEntries at most this many lists are remembered; beyond, all are forgotten
   * @param clock {@link System#nanoTime()}, or a test's
   */
  PastCap(long forNanos, int maxEntries, LongSupplier clock) {
    this.forNanos = forNanos;
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  /**
   * Whether the list (its query and parameters, as a key with equals) was recently past the cap.
   */
  boolean isPastCap(Object list) {
    Long deadline = until.get(list);
    return deadline != null && clock.getAsLong() - deadline < 0;
  }

  /** Remembers a count: for a while if past the cap, not at all otherwise. */
  void counted(Object list, long count) {
    if (count > Page.TOTAL_CAP) {
      if (until.size() >= maxEntries) {
        until.clear();
      }
      until.put(list, clock.getAsLong() + forNanos);
    } else {
      until.remove(list);
    }
  }
}
