package org.shaodian.grids.internal.staff;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about who serves a grid. */
final class StaffAudit {

  static final SubjectType STAFF = SubjectType.of("grids", "grid-staff");

  static final AuditAction APPOINTED = AuditAction.of("appointed");
  static final AuditAction RELIEVED = AuditAction.of("relieved");

  private StaffAudit() {}
}
