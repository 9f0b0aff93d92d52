package org.shaodian.rosters.internal.teams;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about teams. */
final class TeamsAudit {

  static final SubjectType TEAM = SubjectType.of("rosters", "team");

  static final AuditAction FORMED = AuditAction.of("formed");
  static final AuditAction CHANGED = AuditAction.of("changed");
  static final AuditAction DISSOLVED = AuditAction.of("dissolved");
  static final AuditAction MEMBER_ADMITTED = AuditAction.of("member-admitted");
  static final AuditAction MEMBER_ROLE_CHANGED = AuditAction.of("member-role-changed");
  static final AuditAction MEMBER_REMOVED = AuditAction.of("member-removed");

  private TeamsAudit() {}
}
