package org.shaodian.kernel.internal.region;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about the region tree. */
final class RegionAudit {

  static final SubjectType REGION = SubjectType.of("kernel", "region");

  /** One import of a region list: one entry listing the regions it added or renamed. */
  static final SubjectType REGION_LIST = SubjectType.of("kernel", "region-list");

  static final AuditAction CREATED = AuditAction.of("created");
  static final AuditAction IMPORTED = AuditAction.of("imported");

  private RegionAudit() {}
}
