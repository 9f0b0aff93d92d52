package org.shaodian.kernel.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.CallerKind;
import org.shaodian.kernel.api.audit.AuditEvent;

/** One line of the audit trail. Never updated, never deleted by the application. */
@Entity
@Table(name = "kernel_audit")
public class AuditEntry {

  @Id private UUID id;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(nullable = false, length = 100)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false, length = 16)
  private CallerKind actorKind;

  @Column(name = "actor_jurisdiction", nullable = false, length = 15)
  private String actorJurisdiction;

  @Column(name = "actor_jurisdiction_path", nullable = false, length = 255)
  private String actorJurisdictionPath;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(name = "subject_type", nullable = false, length = 60)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, length = 100)
  private String subjectId;

  @Column(name = "subject_region_path", nullable = false, length = 255)
  private String subjectRegionPath;

  @Column(length = 500)
  private String summary;

  @Column(name = "item_type", length = 60)
  private String itemType;

  @Column(name = "item_count", nullable = false)
  private int itemCount;

  protected AuditEntry() {}

  AuditEntry(Caller caller, Instant at, AuditEvent event) {
    this.id = UUID.randomUUID();
    this.recordedAt = at;
    this.actor = caller.name();
    this.actorKind = caller.kind();
    this.actorJurisdiction = caller.jurisdiction().code().value();
    this.actorJurisdictionPath = caller.jurisdiction().path();
    this.action = event.action().name();
    this.subjectType = event.subjectType().id();
    this.subjectId = event.subjectId();
    this.subjectRegionPath = event.subjectRegionPath();
    this.summary = event.summary();
    this.itemType = event.itemIds().isEmpty() ? null : event.itemType().id();
    this.itemCount = event.itemIds().size();
  }

  /** A bulk entry names the type of its items before it lists any. */
  void listing(String type) {
    this.itemType = type;
  }

  /**
   * A bulk entry lists more items, or states its summary, within the transaction that records it
   * (the entry is not visible before it commits, and never changes after).
   */
  void listed(int more) {
    this.itemCount += more;
  }

  void summarise(String text) {
    this.summary = text;
  }

  UUID id() {
    return id;
  }

  Instant recordedAt() {
    return recordedAt;
  }

  AuditView toView() {
    return new AuditView(
        id,
        OffsetDateTime.ofInstant(recordedAt, ShaodianTime.ZONE),
        actor,
        actorKind,
        actorJurisdiction,
        action,
        subjectType,
        subjectId,
        summary,
        itemType,
        itemCount);
  }
}
