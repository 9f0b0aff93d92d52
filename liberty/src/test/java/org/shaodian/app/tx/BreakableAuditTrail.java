package org.shaodian.app.tx;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;

/**
 * Wraps the real audit trail. When broken, it hands the database an entry whose summary is too long
 * for its column, so the audit write fails in the database, as a real failure would. Broken for one
 * module only ({@link #BROKEN_FOR}), the entries about that module's records fail and the others
 * are written (and listed in {@link #WRITTEN}): a failure placed after what the module asked of the
 * others in the same transaction.
 */
@Decorator
@Priority(1000)
public abstract class BreakableAuditTrail implements AuditTrail {

  static final AtomicBoolean BROKEN = new AtomicBoolean();

  /** The module ({@code checkpoints}) whose entries fail, or null. */
  static final AtomicReference<String> BROKEN_FOR = new AtomicReference<>();

  /** The subject types of the entries written while {@link #BROKEN_FOR} is set, in order. */
  static final List<String> WRITTEN = new CopyOnWriteArrayList<>();

  @Inject @Delegate @Any AuditTrail delegate;

  @Override
  public void record(AuditEvent event) {
    String module = BROKEN_FOR.get();
    boolean broken = BROKEN.get() || event.subjectType().module().equals(module);
    delegate.record(broken ? event.withSummary("x".repeat(600)) : event);
    if (module != null) {
      WRITTEN.add(event.subjectType().id());
    }
  }
}
