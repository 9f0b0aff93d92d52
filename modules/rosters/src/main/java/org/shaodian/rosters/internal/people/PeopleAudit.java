package org.shaodian.rosters.internal.people;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about the people who serve. */
final class PeopleAudit {

  static final SubjectType PERSON = SubjectType.of("rosters", "person");

  static final AuditAction REGISTERED = AuditAction.of("registered");
  static final AuditAction UPDATED = AuditAction.of("updated");

  /** Seen by the supervisors of the region a person moved to. */
  static final AuditAction MOVED_IN = AuditAction.of("moved-in");

  static final AuditAction DEACTIVATED = AuditAction.of("deactivated");

  private PeopleAudit() {}
}
