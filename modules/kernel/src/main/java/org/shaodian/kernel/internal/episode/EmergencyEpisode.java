package org.shaodian.kernel.internal.episode;

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
import org.shaodian.kernel.api.region.Region;

/**
 * 应急响应期: a region's response to an outbreak, from the day its command opened it to the day it
 * closed it. One open at a time per region. Once closed, the personal data recorded within the
 * region until the end of its last day is purged when the retention period has passed ({@link
 * #purgeDueOn}), once; the purge's counts stay with the episode.
 */
@Entity
@Table(name = "kernel_episode")
public class EmergencyEpisode {

  @Id private UUID id;

  @Column(name = "region_code", nullable = false, length = 15)
  private String regionCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Column(name = "opened_by", nullable = false, length = 200)
  private String openedBy;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "closed_by", length = 200)
  private String closedBy;

  @Column(name = "purge_due_on")
  private LocalDate purgeDueOn;

  @Column(name = "purged_at")
  private Instant purgedAt;

  @Column(name = "purge_report", length = 2000)
  private String purgeReport;

  /** The region while open, null after: the database keeps one open episode per region. */
  @Column(name = "open_region", length = 15)
  private String openRegion;

  @Version private long version;

  protected EmergencyEpisode() {}

  EmergencyEpisode(Region region, String name, LocalDate openedOn, String by) {
    this.id = UUID.randomUUID();
    this.regionCode = region.code().value();
    this.regionPath = region.path();
    this.name = name;
    this.openedOn = openedOn;
    this.openedBy = by;
    this.openRegion = regionCode;
  }

  /** Closed on {@code day}; its personal data is due for purging {@code retentionDays} after. */
  void close(LocalDate day, int retentionDays, String by) {
    if (closedOn != null) {
      throw Problem.conflict(Text.of("该应急响应期已结束", "The episode is closed already"));
    }
    if (day.isBefore(openedOn)) {
      throw Problem.invalid("closedOn", Text.of("不能早于开始日期", "on or after the day it opened"));
    }
    closedOn = day;
    closedBy = by;
    purgeDueOn = day.plusDays(retentionDays);
    openRegion = null;
  }

  void purged(Instant at, String report) {
    purgedAt = at;
    purgeReport = report;
  }

  public UUID id() {
    return id;
  }

  public String regionCode() {
    return regionCode;
  }

  public String regionPath() {
    return regionPath;
  }

  public String name() {
    return name;
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public String openedBy() {
    return openedBy;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public String closedBy() {
    return closedBy;
  }

  public LocalDate purgeDueOn() {
    return purgeDueOn;
  }

  public Instant purgedAt() {
    return purgedAt;
  }

  public String purgeReport() {
    return purgeReport;
  }

  public long version() {
    return version;
  }
}
