package org.shaodian.kernel.internal.personal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.CallerKind;
import org.shaodian.kernel.api.personal.Reveals;

/** A full value shown to a caller, or refused because they asked for too many: who, what, why. */
@Entity
@Table(name = "kernel_reveal")
public class Reveal {

  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false, length = 20)
  private CallerKind actorKind;

  @Column(name = "subject_type", nullable = false, length = 80)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, length = 100)
  private String subjectId;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false, length = 40)
  private String field;

  @Column(nullable = false, length = 800)
  private String reason;

  @Column(name = "revealed_at", nullable = false)
  private Instant at;

  /** Refused: the caller had used up their hourly allowance (and was flagged). */
  @Column(nullable = false)
  private boolean refused;

  protected Reveal() {}

  Reveal(Caller caller, Reveals.Request request, Instant now, boolean refused) {
    this.id = UUID.randomUUID();
    this.actor = caller.name();
    this.actorKind = caller.kind();
    this.subjectType = request.subject().module() + "." + request.subject().name();
    this.subjectId = request.subjectId();
    this.regionPath = request.regionPath();
    this.field = request.field();
    this.reason = request.reason();
    this.at = now;
    this.refused = refused;
  }

  public UUID id() {
    return id;
  }

  public String actor() {
    return actor;
  }

  public CallerKind actorKind() {
    return actorKind;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String regionPath() {
    return regionPath;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }

  public Instant at() {
    return at;
  }

  public boolean refused() {
    return refused;
  }
}
