package org.shaodian.rosters.internal.supervision;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about supervision findings. */
final class SupervisionAudit {

  static final SubjectType FINDING = SubjectType.of("rosters", "finding");

  static final AuditAction RECORDED = AuditAction.of("recorded");
  static final AuditAction RECTIFIED = AuditAction.of("rectified");
  static final AuditAction CLOSED = AuditAction.of("closed");

  private SupervisionAudit() {}
}
