package org.shaodian.kernel.internal.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's timers as the EJB container keeps them (the persistent ones in the database,
 * shared by every server): each one's job and next run. {@code getAllTimers} sees every timer of
 * the module, and the WAR is one module, so the kernel reads the reporting module's timer too
 * without knowing its class. A stateless bean: the timers' own singletons are locked while they run
 * (a morning run takes a while), a probe must not wait for that.
 */
@Stateless
public class ScheduledTimers {

  /** One timer: its job (the timer's info) and when it fires next. */
  public record Scheduled(String job, Instant next) {}

  @Resource TimerService timers;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Scheduled> all() {
    List<Scheduled> all = new ArrayList<>();
    for (Timer timer : timers.getAllTimers()) {
      Serializable info = timer.getInfo();
      all.add(
          new Scheduled(
              info == null ? "timer" : info.toString(), timer.getNextTimeout().toInstant()));
    }
    return all;
  }
}
