package org.shaodian.grids.internal.map;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about the four-colour map. */
final class MapAudit {

  static final SubjectType BOUNDARY = SubjectType.of("grids", "grid-boundary");
  static final SubjectType FEATURE = SubjectType.of("grids", "map-feature");

  static final AuditAction DRAWN = AuditAction.of("drawn");
  static final AuditAction REDRAWN = AuditAction.of("redrawn");
  static final AuditAction PLACED = AuditAction.of("placed");
  static final AuditAction CHANGED = AuditAction.of("changed");
  static final AuditAction REMOVED = AuditAction.of("removed");

  private MapAudit() {}
}
