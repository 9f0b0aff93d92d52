package org.shaodian.rosters.internal.duty;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about duties, absences and handovers. */
public final class DutyAudit {

  /** A duty: a seat held by a person. Subject ids are the post's id; items the duty ids. */
  public static final SubjectType DUTY = SubjectType.of("rosters", "duty");

  static final SubjectType ABSENCE = SubjectType.of("rosters", "absence");
  static final SubjectType HANDOVER = SubjectType.of("rosters", "handover");

  public static final AuditAction ASSIGNED = AuditAction.of("assigned");
  public static final AuditAction RELEASED = AuditAction.of("released");
  static final AuditAction SWAPPED = AuditAction.of("swapped");
  static final AuditAction SIGNED_IN = AuditAction.of("signed-in");
  static final AuditAction SIGNED_OUT = AuditAction.of("signed-out");
  static final AuditAction RECORDED = AuditAction.of("recorded");
  static final AuditAction WITHDRAWN = AuditAction.of("withdrawn");
  static final AuditAction WRITTEN = AuditAction.of("written");
  static final AuditAction ACKNOWLEDGED = AuditAction.of("acknowledged");

  private DutyAudit() {}
}
