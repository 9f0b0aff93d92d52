package org.shaodian.checkpoints.internal.inspection;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The platform's persistent, cluster-aware timer (as the retention purge's and the morning
 * briefings': stored in the application's database, fired on one server at a time) behind the
 * inspection tables' day partitions. Hourly, at a minute no other timer uses; no transaction of its
 * own: each day's partitions are made in their own.
 */
@Singleton
public class InspectionPartitionsTimer {

  @Inject InspectionPartitions partitions;

  @Schedule(
      minute = "41",
      hour = "*",
      timezone = "Asia/Shanghai",
      persistent = true,
      info = InspectionPartitions.JOB)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    partitions.tick();
  }
}
