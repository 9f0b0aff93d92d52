package org.shaodian.kernel.api.schema;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One statement of a module's retention purge: what it deletes or anonymises of the personal data
 * recorded within a region before an emergency episode there closed. The kernel runs every module's
 * rules, in order, when the retention period after the close has passed, each in a transaction of
 * its own, and reports how many rows each touched. A rule must be safe to run again (a purge that
 * stopped half-way is run again whole).
 *
 * @param what the kind of record, as the purge's report names it: {@code module.kind}, e.g. {@code
 *     checkpoints.inspected-people}
 * @param statement SQL ({@code delete} or {@code update}) with the named markers {@code :start} and
 *     {@code :end} (the region's path range: {@code region_path >= :start and region_path < :end})
 *     and {@code :before} (the instant the episode's last day ended, Asia/Shanghai)
 */
public record RetentionRule(String what, String statement) {

  private static final Pattern WHAT = Pattern.compile("[a-z][a-z0-9]*\\.[a-z][a-z0-9-]{0,40}");

  public RetentionRule {
    if (what == null || !WHAT.matcher(what).matches()) {
      throw new IllegalArgumentException("what is module.kind in lower case: " + what);
    }
    Objects.requireNonNull(statement, "statement");
    for (String marker : new String[] {":start", ":end", ":before"}) {
      if (!statement.contains(marker)) {
        throw new IllegalArgumentException(what + ": the statement uses " + marker);
      }
    }
  }
}
