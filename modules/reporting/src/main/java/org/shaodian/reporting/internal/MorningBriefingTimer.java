package org.shaodian.reporting.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The platform's persistent, cluster-aware timer behind the morning run: an automatic EJB timer
 * that Liberty stores in the application's database (server.xml: databaseStore and the
 * defaultEJBPersistentTimerExecutor), created once however many servers start, fired on one server
 * at a time and taken over by another when that one stops answering (missedTaskThreshold). It ticks
 * every minute; {@link MorningBriefings#tick()} decides whether anything is due, so the hour stays
 * a setting and a missed run is made up at the next tick. No transaction of its own
 * (NOT_SUPPORTED): each briefing is stored in its own.
 */
@Singleton
public class MorningBriefingTimer {

  @Inject MorningBriefings briefings;

  @Schedule(
      minute = "*",
      hour = "*",
      timezone = "Asia/Shanghai",
      persistent = true,
      info = MorningBriefings.JOB)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    briefings.tick();
  }
}
