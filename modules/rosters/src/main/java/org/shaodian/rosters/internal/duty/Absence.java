package org.shaodian.rosters.internal.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.rosters.api.AbsenceReason;

/** A period a person cannot serve: leave, duty elsewhere, quarantine … (half-open). */
@Entity
@Table(name = "rosters_absence")
public class Absence {

  /** An absence is recorded for at most this long; a longer one is a deactivation. */
  static final long MAX_DAYS = 92;

  @Id private UUID id;

  @Column(name = "person_id", nullable = false)
  private UUID person;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(name = "starts_at", nullable = false)
  private Instant start;

  @Column(name = "ends_at", nullable = false)
  private Instant end;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AbsenceReason reason;

  @Column(length = 400)
  private String note;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Absence() {}

  /** Records an absence; it must end after it starts and last at most 92 days (400 otherwise). */
  public static Absence record(
      UUID person,
      String regionPath,
      Instant start,
      Instant end,
      AbsenceReason reason,
      String note,
      Instant now) {
    if (!end.isAfter(start)) {
      throw Problem.invalid("until", Text.of("结束时间须晚于开始时间", "must be after from"));
    }
    if (end.isAfter(start.plusSeconds(MAX_DAYS * 86_400))) {
      throw Problem.invalid("until", Text.of("一次最多 92 天", "an absence lasts at most 92 days"));
    }
    Absence absence = new Absence();
    absence.id = UUID.randomUUID();
    absence.person = person;
    absence.regionPath = regionPath;
    absence.start = start;
    absence.end = end;
    absence.reason = reason;
    absence.note = note;
    absence.recordedAt = now;
    return absence;
  }

  public boolean overlaps(Instant from, Instant until) {
    return start.isBefore(until) && from.isBefore(end);
  }

  public UUID id() {
    return id;
  }

  public UUID person() {
    return person;
  }

  public String regionPath() {
    return regionPath;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return end;
  }

  public AbsenceReason reason() {
    return reason;
  }

  public String note() {
    return note;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
