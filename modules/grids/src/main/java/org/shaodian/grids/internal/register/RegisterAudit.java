package org.shaodian.grids.internal.register;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about a grid's register. */
final class RegisterAudit {

  static final SubjectType BUILDING = SubjectType.of("grids", "building");
  static final SubjectType DWELLING = SubjectType.of("grids", "dwelling");
  static final SubjectType RESIDENT = SubjectType.of("grids", "resident");
  static final SubjectType REGISTER_IMPORT = SubjectType.of("grids", "register-import");

  /** A grid's register as a whole (its id the grid's code): exported, or revealed in full. */
  static final SubjectType REGISTER = SubjectType.of("grids", "register");

  static final AuditAction ADDED = AuditAction.of("added");
  static final AuditAction REGISTERED = AuditAction.of("registered");
  static final AuditAction UPDATED = AuditAction.of("updated");

  /** Seen by the grid a resident moved to. */
  static final AuditAction MOVED_IN = AuditAction.of("moved-in");

  static final AuditAction MOVED_OUT = AuditAction.of("moved-out");

  static final AuditAction UPLOADED = AuditAction.of("uploaded");
  static final AuditAction IMPORTED = AuditAction.of("imported");
  static final AuditAction IMPORT_FAILED = AuditAction.of("import-failed");
  static final AuditAction IMPORT_REJECTED = AuditAction.of("import-rejected");
  static final AuditAction EXPORTED = AuditAction.of("exported");

  private RegisterAudit() {}
}
