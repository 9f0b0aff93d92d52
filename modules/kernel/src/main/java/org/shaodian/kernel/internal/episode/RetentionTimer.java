package org.shaodian.kernel.internal.episode;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The platform's persistent, cluster-aware timer behind the retention purge (as the morning
 * briefings' timer: stored in the application's database, fired on one server at a time, taken over
 * when that one stops answering). Hourly: the purge is due by the day, and an hour is the longest a
 * purge waits after a server comes back. No transaction of its own: each rule runs in its own.
 */
@Singleton
public class RetentionTimer {

  @Inject RetentionPurge purge;

  @Schedule(
      minute = "17",
      hour = "*",
      timezone = "Asia/Shanghai",
      persistent = true,
      info = RetentionPurge.JOB)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    purge.tick();
  }
}
