package org.shaodian.kernel.api.schema;

import java.time.OffsetDateTime;

/**
 * A faster way to do part of one {@link RetentionRule}'s work where a database allows it: a
 * module's table partitioned by day on PostgreSQL can drop a whole day's partition instead of
 * deleting its rows one by one. A module produces it as a CDI bean; the retention purge calls it
 * over the episode's region just before the rule of the same {@link #what()}, counts what it
 * removed under that kind, and then runs the rule, which finds only what the shortcut left. So a
 * shortcut may always do nothing (on H2, or when a partition also holds rows it must keep); what it
 * does is in transactions of its own, and it must never remove a row the rule would not.
 */
public interface RetentionShortcut {

  /** The kind of record of the rule whose work it does part of ({@code module.kind}). */
  String what();

  /**
   * Removes what it can of the rule's rows and tells how many it removed.
   *
   * @param pathStart the region's path range: {@code region_path >= pathStart}
   * @param pathEnd and {@code region_path < pathEnd}
   * @param before the instant the episode's last day ended (Asia/Shanghai), as the rule's {@code
   *     :before}
   */
  int apply(String pathStart, String pathEnd, OffsetDateTime before);
}
