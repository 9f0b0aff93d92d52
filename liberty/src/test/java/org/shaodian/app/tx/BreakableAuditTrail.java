package org.shaodian.app.tx;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;

/**
 * Wraps the real audit trail. When broken, it hands the database an entry whose summary is too long
 * for its column, so the audit write fails in the database, as a real failure would.
 */
@Decorator
@Priority(1000)
public abstract class BreakableAuditTrail implements AuditTrail {

  static final AtomicBoolean BROKEN = new AtomicBoolean();

  @Inject @Delegate @Any AuditTrail delegate;

  @Override
  public void record(AuditEvent event) {
    delegate.record(BROKEN.get() ? event.withSummary("x".repeat(600)) : event);
  }
}
