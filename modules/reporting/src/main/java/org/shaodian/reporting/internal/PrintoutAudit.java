package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.audit.SubjectType;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * Printouts list people: who printed which list is in the audit trail (PIPL: log who saw what), in
 * a transaction of its own once the file is made.
 */
@ApplicationScoped
@UnitOfWork
public class PrintoutAudit {

  @Inject AuditTrail audit;

  static final SubjectType PEOPLE_LIST = SubjectType.of("reporting", "people-list");
  static final AuditAction PRINTED = AuditAction.of("printed");

  void printed(SubjectType printout, Region region, int people, String language) {
    audit.record(
        AuditEvent.of(PRINTED, printout, region.code().value(), region.path())
            .withSummary("people=" + people + " lang=" + language));
  }
}
