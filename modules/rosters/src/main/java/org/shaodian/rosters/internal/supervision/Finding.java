package org.shaodian.rosters.internal.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.rosters.api.FindingKind;
import org.shaodian.rosters.api.FindingSeverity;
import org.shaodian.rosters.api.FindingState;

/**
 * What a supervision patrol found at a post, tracked to closure: the command office records how it
 * was put right, then supervision closes it.
 */
@Entity
@Table(name = "rosters_finding")
public class Finding {

  @Id private UUID id;

  @Column(name = "post_id", nullable = false)
  private UUID post;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private FindingKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FindingSeverity severity;

  @Column(nullable = false, length = 4000)
  private String note;

  /** What the photo taken on the patrol shows (the photo itself stays on the patrol's device). */
  @Column(name = "photo_note", length = 800)
  private String photoNote;

  @Column(name = "found_at", nullable = false)
  private Instant foundAt;

  @Column(name = "recorded_by", nullable = false, length = 200)
  private String recordedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private FindingState state;

  @Column(length = 4000)
  private String rectification;

  @Column(name = "rectified_at")
  private Instant rectifiedAt;

  @Column(name = "rectified_by", length = 200)
  private String rectifiedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 200)
  private String closedBy;

  @Version private long version;

  protected Finding() {}

  static Finding record(
      UUID post,
      String regionPath,
      FindingKind kind,
      FindingSeverity severity,
      String note,
      String photoNote,
      Instant foundAt,
      String supervisor,
      Instant now) {
    if (foundAt.isAfter(now.plusSeconds(300))) {
      throw Problem.invalid("foundAt", Text.of("不能晚于现在", "must not be in the future"));
    }
    Finding finding = new Finding();
    finding.id = UUID.randomUUID();
    finding.post = post;
    finding.regionPath = regionPath;
    finding.kind = kind;
    finding.severity = severity;
    finding.note = note;
    finding.photoNote = photoNote;
    finding.foundAt = foundAt;
    finding.recordedBy = supervisor;
    finding.state = FindingState.OPEN;
    return finding;
  }

  /** The command office records how the finding was put right. Only an open finding can be. */
  void rectify(String how, String by, Instant now) {
    if (state != FindingState.OPEN) {
      throw Problem.conflict(Text.of("只有待整改的问题可以整改", "Only an open finding can be rectified"));
    }
    state = FindingState.RECTIFIED;
    rectification = how;
    rectifiedAt = now;
    rectifiedBy = by;
  }

  /** Supervision accepts the rectification and closes the finding. */
  void close(String by, Instant now) {
    if (state != FindingState.RECTIFIED) {
      throw Problem.conflict(Text.of("整改后才能销号", "A finding is closed once it has been rectified"));
    }
    state = FindingState.CLOSED;
    closedAt = now;
    closedBy = by;
  }

  public UUID id() {
    return id;
  }

  public UUID post() {
    return post;
  }

  public String regionPath() {
    return regionPath;
  }

  public FindingKind kind() {
    return kind;
  }

  public FindingSeverity severity() {
    return severity;
  }

  public String note() {
    return note;
  }

  public String photoNote() {
    return photoNote;
  }

  public Instant foundAt() {
    return foundAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public FindingState state() {
    return state;
  }

  public String rectification() {
    return rectification;
  }

  public Instant rectifiedAt() {
    return rectifiedAt;
  }

  public String rectifiedBy() {
    return rectifiedBy;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public long version() {
    return version;
  }
}
