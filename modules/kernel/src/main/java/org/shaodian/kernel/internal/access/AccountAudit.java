package org.shaodian.kernel.internal.access;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about registry accounts. */
final class AccountAudit {

  static final SubjectType ACCOUNT = SubjectType.of("kernel", "account");

  static final AuditAction OPENED = AuditAction.of("opened");

  /** Under the jurisdiction the account had: its supervisors see it leave. */
  static final AuditAction MOVED = AuditAction.of("moved");

  /** Under the jurisdiction the account has now: its supervisors see it arrive. */
  static final AuditAction MOVED_IN = AuditAction.of("moved-in");

  private AccountAudit() {}
}
