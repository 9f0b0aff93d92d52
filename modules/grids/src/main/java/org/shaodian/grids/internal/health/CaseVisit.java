package org.shaodian.grids.internal.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.HealthNote;
import org.shaodian.kernel.api.problem.Problem;

/**
 * A visit to a person under home health management on one day: whether a test was taken and the
 * door seal found intact, and what was found (temperature, symptoms: sealed, masked). Whether the
 * person had a fever is kept in the open as the flag that calls for action; the reading is not.
 */
@Entity
@Table(name = "grids_case_visit")
public class CaseVisit {

  /** From this temperature (℃) a visit reports a fever. */
  static final double FEVER_FROM = 37.3;

  @Id private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID homeCase;

  @Column(name = "visited_on", nullable = false)
  private LocalDate visitedOn;

  @Column(name = "test_taken", nullable = false)
  private boolean testTaken;

  @Column(name = "seal_intact", nullable = false)
  private boolean sealIntact;

  @Column(nullable = false)
  private boolean fever;

  @Column(length = 600)
  private HealthNote observation;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CaseVisit() {}

  CaseVisit(
      HomeCase homeCase,
      LocalDate on,
      boolean testTaken,
      boolean sealIntact,
      Double temperature,
      String symptoms,
      String by,
      Instant now) {
    if (temperature != null && (temperature < 34.0 || temperature > 43.0)) {
      throw Problem.invalid(
          "temperature", Text.of("体温须在 34.0–43.0℃ 之间", "between 34.0 and 43.0 ℃"));
    }
    String text =
        ((temperature == null ? "" : String.format(Locale.ROOT, "%.1f℃", temperature))
                + (symptoms == null || symptoms.isBlank()
                    ? ""
                    : (temperature == null ? "" : ",") + symptoms.strip()))
            .strip();
    if (!text.isEmpty() && !HealthNote.isValid(text)) {
      throw Problem.invalid(
          "symptoms", Text.of("症状描述过长或含有不可见字符", "too long or holds invisible characters"));
    }
    this.id = UUID.randomUUID();
    this.homeCase = homeCase.id();
    this.visitedOn = on;
    this.testTaken = testTaken;
    this.sealIntact = sealIntact;
    this.fever = temperature != null && temperature >= FEVER_FROM;
    this.observation = text.isEmpty() ? null : HealthNote.of(text);
    this.recordedBy = by;
    this.recordedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID homeCase() {
    return homeCase;
  }

  public LocalDate visitedOn() {
    return visitedOn;
  }

  public boolean testTaken() {
    return testTaken;
  }

  public boolean sealIntact() {
    return sealIntact;
  }

  public boolean fever() {
    return fever;
  }

  public HealthNote observation() {
    return observation;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
