package org.shaodian.rosters.internal.posts;

import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.SubjectType;

/** What the audit trail says about posts. */
public final class PostsAudit {

  public static final SubjectType POST = SubjectType.of("rosters", "post");

  static final AuditAction OPENED = AuditAction.of("opened");
  static final AuditAction CHANGED = AuditAction.of("changed");
  static final AuditAction CLOSED = AuditAction.of("closed");

  private PostsAudit() {}
}
