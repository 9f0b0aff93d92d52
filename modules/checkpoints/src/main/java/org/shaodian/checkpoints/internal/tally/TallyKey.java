package org.shaodian.checkpoints.internal.tally;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.InspectionSubject;

/**
 * What a tally counts: a checkpoint's inspections of one duty day and shift, of one subject and
 * vehicle kind ({@code "-"} for people on foot), sent one way.
 */
@Embeddable
public class TallyKey implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The vehicle kind of people on foot. */
  public static final String ON_FOOT = "-";

  @Column(name = "checkpoint_id", nullable = false)
  private UUID checkpoint;

  @Column(name = "duty_day", nullable = false)
  private LocalDate day;

  @Column(name = "shift_no", nullable = false)
  private int shift;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private InspectionSubject subject;

  @Column(name = "vehicle_kind", nullable = false, length = 10)
  private String vehicleKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private DivertOutcome outcome;

  protected TallyKey() {}

  public TallyKey(
      UUID checkpoint,
      LocalDate day,
      int shift,
      InspectionSubject subject,
      String vehicleKind,
      DivertOutcome outcome) {
    this.checkpoint = checkpoint;
    this.day = day;
    this.shift = shift;
    this.subject = subject;
    this.vehicleKind = vehicleKind;
    this.outcome = outcome;
  }

  /** The series the tally is a day's and shift's row of. */
  public TallySeriesKey series() {
    return new TallySeriesKey(checkpoint, subject, vehicleKind, outcome);
  }

  public UUID checkpoint() {
    return checkpoint;
  }

  public LocalDate day() {
    return day;
  }

  public int shift() {
    return shift;
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
    return o instanceof TallyKey k
        && shift == k.shift
        && checkpoint.equals(k.checkpoint)
        && day.equals(k.day)
        && subject == k.subject
        && vehicleKind.equals(k.vehicleKind)
        && outcome == k.outcome;
  }

  @Override
  public int hashCode() {
    return Objects.hash(checkpoint, day, shift, subject, vehicleKind, outcome);
  }
}
