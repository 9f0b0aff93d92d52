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

/**
 * A full value shown to a caller, or a bulk act's full values (a register exported in full: one
 * reveal of the whole, with how many values it showed), or either refused because the caller asked
 * for too many: who, what, why, when.
 */
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

  /** Refused: the caller had used up their allowance (and was flagged). */
  @Column(nullable = false)
  private boolean refused;

  /** How many full values it showed: 1, or a bulk act's count. */
  @Column(name = "value_count", nullable = false)
  private int count;

  /** A bulk act, counted against the daily allowance of bulk reveals rather than the hourly one. */
  @Column(nullable = false)
  private boolean bulk;

  protected Reveal() {}

  Reveal(
      Caller caller,
      Reveals.Request request,
      int count,
      boolean bulk,
      Instant now,
      boolean refused) {
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
    this.count = count;
    this.bulk = bulk;
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

  public int count() {
    return count;
  }

  public boolean bulk() {
    return bulk;
  }
}
