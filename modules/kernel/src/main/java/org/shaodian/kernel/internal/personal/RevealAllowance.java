package org.shaodian.kernel.internal.personal;

import java.time.Duration;
import java.time.Instant;
import org.shaodian.kernel.api.i18n.Text;

/**
 * How many reveals one caller may be granted within a window before the next is refused (429) and
 * the caller flagged: single values so many an hour; bulk acts (a register exported in full) a few
 * a day. Each kind counts only its own granted reveals, so that a day's exports do not use up the
 * hour's single values, nor the other way round.
 *
 * @param bulk which kind of reveal this allowance counts
 * @param limit how many may be granted within the window (0: none)
 * @param window how far back they are counted
 */
record RevealAllowance(boolean bulk, int limit, Duration window) {

  RevealAllowance {
    if (limit < 0 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("an allowance of " + limit + " in " + window);
    }
  }

  /** Single values: {@code perHour} within any hour. */
  static RevealAllowance single(int perHour) {
    return new RevealAllowance(false, perHour, Duration.ofHours(1));
  }

  /** Bulk acts: {@code perDay} within any 24 hours. */
  static RevealAllowance bulk(int perDay) {
    return new RevealAllowance(true, perDay, Duration.ofDays(1));
  }

  /** Reveals granted after this instant count against the allowance at {@code now}. */
  Instant since(Instant now) {
    return now.minus(window);
  }

  /** Whether a caller already granted {@code granted} reveals within the window is refused. */
  boolean refuses(long granted) {
    return granted >= limit;
  }

  /** What the refused caller is told. */
  Text refusal() {
    return bulk
        ? Text.of(
            "24 小时内批量查看完整信息已达 " + limit + " 次,本次已拒绝并记录",
            "You have had "
                + limit
                + " bulk reveals of full values within 24 hours; this one is refused and recorded")
        : Text.of(
            "一小时内查看完整信息已达 " + limit + " 次,本次已拒绝并记录",
            "You have seen "
                + limit
                + " full values within the hour; this one is refused and recorded");
  }

  /** How the audit names the count of granted reveals a refusal was based on. */
  String countedAs() {
    return bulk ? "bulkRevealsWithinDay" : "revealedWithinHour";
  }
}
