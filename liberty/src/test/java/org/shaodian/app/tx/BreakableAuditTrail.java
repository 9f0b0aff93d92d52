package org.shaodian.app.tx;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.shaodian.kernel.api.audit.AuditTrail;

/**
 * Wraps the real audit trail. When broken, it hands the database an entry whose subject type is too
 * long for its column, so the audit write fails in the database, as a real failure would.
 */
@Decorator
@Priority(1000)
public abstract class BreakableAuditTrail implements AuditTrail {

  static final AtomicBoolean BROKEN = new AtomicBoolean();

  @Inject @Delegate @Any AuditTrail delegate;

  @Override
  public void record(
      String action,
      String subjectType,
      String subjectId,
      String subjectRegionPath,
      String summary) {
    delegate.record(
        action,
        BROKEN.get() ? subjectType.repeat(20) : subjectType,
        subjectId,
        subjectRegionPath,
        summary);
  }
}
