package org.shaodian.checkpoints.internal.tally;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.InspectionSubject;

/**
 * A series of tallies: a checkpoint's inspections of one subject and vehicle kind ({@link
 * TallyKey#ON_FOOT} for people on foot), sent one way, day after day.
 */
@Embeddable
public class TallySeriesKey implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "checkpoint_id", nullable = false)
  private UUID checkpoint;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private InspectionSubject subject;

  @Column(name = "vehicle_kind", nullable = false, length = 10)
  private String vehicleKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private DivertOutcome outcome;

  /**
   * The order in which a transaction locks series, the same for all: two batches counting into the
   * same series take them one after the other instead of each waiting for the other.
   */
  public static final Comparator<TallySeriesKey> LOCK_ORDER =
      Comparator.comparing((TallySeriesKey k) -> k.checkpoint)
          .thenComparing(k -> k.subject)
          .thenComparing(k -> k.vehicleKind)
          .thenComparing(k -> k.outcome);

  protected TallySeriesKey() {}

  public TallySeriesKey(
      UUID checkpoint, InspectionSubject subject, String vehicleKind, DivertOutcome outcome) {
    this.checkpoint = checkpoint;
    this.subject = subject;
    this.vehicleKind = vehicleKind;
    this.outcome = outcome;
  }

  public UUID checkpoint() {
    return checkpoint;
  }

  public InspectionSubject subject() {
    return subject;
  }

  public String vehicleKind() {
    return vehicleKind;
  }

  public DivertOutcome outcome() {
    return outcome;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TallySeriesKey k
        && checkpoint.equals(k.checkpoint)
        && subject == k.subject
        && vehicleKind.equals(k.vehicleKind)
        && outcome == k.outcome;
  }

  @Override
  public int hashCode() {
    return Objects.hash(checkpoint, subject, vehicleKind, outcome);
  }
}
