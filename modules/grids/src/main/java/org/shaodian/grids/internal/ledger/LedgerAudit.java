package org.shaodian.grids.internal.ledger;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about the returnee ledger. */
final class LedgerAudit {

  static final SubjectType RETURNEE = SubjectType.of("grids", "returnee");

  static final AuditAction REGISTERED = AuditAction.of("registered");
  static final AuditAction REGISTERED_AGAIN = AuditAction.of("registered-again");
  static final AuditAction TEST_RECORDED = AuditAction.of("test-recorded");

  private LedgerAudit() {}
}
