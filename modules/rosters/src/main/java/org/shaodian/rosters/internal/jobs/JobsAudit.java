package org.shaodian.rosters.internal.jobs;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about automatic rostering jobs. */
final class JobsAudit {

  static final SubjectType JOB = SubjectType.of("rosters", "roster-job");

  static final AuditAction QUEUED = AuditAction.of("queued");
  static final AuditAction STOP_REQUESTED = AuditAction.of("stop-requested");
  static final AuditAction PROPOSED = AuditAction.of("proposed");
  static final AuditAction FAILED = AuditAction.of("failed");
  static final AuditAction ACCEPTED = AuditAction.of("accepted");
  static final AuditAction DISCARDED = AuditAction.of("discarded");

  private JobsAudit() {}
}
