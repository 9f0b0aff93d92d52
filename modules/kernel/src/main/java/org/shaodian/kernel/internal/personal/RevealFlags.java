package org.shaodian.kernel.internal.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.personal.Reveals;

/**
 * A caller flagged for asking too many full values: the refused reveal and its audit entry, in a
 * transaction of their own, committed whatever becomes of the caller's.
 */
@ApplicationScoped
public class RevealFlags {

  static final AuditAction REFUSED = AuditAction.of("reveal-refused");

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  @Inject AuditTrail audit;

  /** Records {@code refused} (a reveal built as refused) and audits it with {@code summary}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void flag(Reveal refused, Reveals.Request request, String summary) {
    em.persist(refused);
    audit.record(
        AuditEvent.of(REFUSED, request.subject(), request.subjectId(), request.regionPath())
            .withSummary(summary));
  }
}
