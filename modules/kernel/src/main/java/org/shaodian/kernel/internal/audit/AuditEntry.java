package org.shaodian.kernel.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.shaodian.kernel.api.access.Caller;

/** One line of the audit trail. Never updated, never deleted by the application. */
@Entity
@Table(name = "kernel_audit")
public class AuditEntry {

  @Id private UUID id;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(name = "actor_jurisdiction", nullable = false, length = 15)
  private String actorJurisdiction;

  @Column(name = "actor_jurisdiction_path", nullable = false, length = 255)
  private String actorJurisdictionPath;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(name = "subject_type", nullable = false, length = 60)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, length = 64)
  private String subjectId;

  @Column(name = "subject_region_path", nullable = false, length = 255)
  private String subjectRegionPath;

  @Column(length = 500)
  private String summary;

  protected AuditEntry() {}

  AuditEntry(
      Caller caller,
      Instant at,
      String action,
      String subjectType,
      String subjectId,
      String subjectRegionPath,
      String summary) {
    this.id = UUID.randomUUID();
    this.recordedAt = at;
    this.actor = caller.name();
    this.actorJurisdiction = caller.jurisdiction().code().value();
    this.actorJurisdictionPath = caller.jurisdiction().path();
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.subjectRegionPath = subjectRegionPath;
    this.summary = summary;
  }

  AuditView toView() {
    return new AuditView(
        id, recordedAt, actor, actorJurisdiction, action, subjectType, subjectId, summary);
  }
}
