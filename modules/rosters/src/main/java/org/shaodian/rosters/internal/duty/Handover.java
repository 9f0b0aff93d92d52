package org.shaodian.rosters.internal.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * 交接班: the outgoing leader's note at the end of a shift, which the incoming leader acknowledges.
 * One per post and shift (the database's rule); who may write and acknowledge it the roster says
 * ({@link HandoverBook}).
 */
@Entity
@Table(name = "rosters_handover")
public class Handover {

  @Id private UUID id;

  @Column(name = "post_id", nullable = false)
  private UUID post;

  @Column(name = "duty_date", nullable = false)
  private LocalDate date;

  @Column(name = "shift_no", nullable = false)
  private int shiftNo;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false, length = 4000)
  private String note;

  @Column(name = "written_by", nullable = false)
  private UUID writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "acknowledged_by")
  private UUID acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Version private long version;

  protected Handover() {}

  static Handover write(
      UUID post,
      String regionPath,
      LocalDate date,
      int shiftNo,
      UUID leader,
      String note,
      Instant now) {
    Handover handover = new Handover();
    handover.id = UUID.randomUUID();
    handover.post = post;
    handover.regionPath = regionPath;
    handover.date = date;
    handover.shiftNo = shiftNo;
    handover.writtenBy = leader;
    handover.note = note;
    handover.writtenAt = now;
    return handover;
  }

  /** The incoming leader acknowledges the note, once. */
  void acknowledge(UUID leader, Instant now) {
    if (acknowledgedBy != null) {
      throw Problem.conflict(Text.of("已确认接班", "The handover is already acknowledged"));
    }
    acknowledgedBy = leader;
    acknowledgedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID post() {
    return post;
  }

  public LocalDate date() {
    return date;
  }

  public int shiftNo() {
    return shiftNo;
  }

  public String regionPath() {
    return regionPath;
  }

  public String note() {
    return note;
  }

  public UUID writtenBy() {
    return writtenBy;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public UUID acknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public long version() {
    return version;
  }
}
