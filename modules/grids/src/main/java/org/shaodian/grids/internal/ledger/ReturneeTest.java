package org.shaodian.grids.internal.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.shaodian.grids.api.TestKind;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.TestOutcome;
import org.shaodian.kernel.api.problem.Problem;

/** A test a returnee took, with its outcome (sealed, masked). */
@Entity
@Table(name = "grids_returnee_test")
public class ReturneeTest {

  @Id private UUID id;

  @Column(name = "returnee_id", nullable = false)
  private UUID returnee;

  @Column(name = "taken_on", nullable = false)
  private LocalDate takenOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 15)
  private TestKind kind;

  @Column(nullable = false, length = 200)
  private TestOutcome outcome;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ReturneeTest() {}

  /** A test taken on a day that is neither before the returnee arrived nor after today. */
  static ReturneeTest of(
      Returnee returnee,
      LocalDate takenOn,
      TestKind kind,
      TestOutcome outcome,
      LocalDate today,
      String by,
      Instant now) {
    if (takenOn.isAfter(today)) {
      throw Problem.invalid("takenOn", Text.of("检测日期不能晚于今天", "a test cannot be taken after today"));
    }
    if (takenOn.isBefore(returnee.arrivedOn().minusDays(14))) {
      throw Problem.invalid(
          "takenOn", Text.of("检测日期早于返乡前 14 天", "more than 14 days before the returnee arrived"));
    }
    ReturneeTest test = new ReturneeTest();
    test.id = UUID.randomUUID();
    test.returnee = returnee.id();
    test.takenOn = takenOn;
    test.kind = kind;
    test.outcome = outcome;
    test.recordedBy = by;
    test.recordedAt = now;
    return test;
  }

  public UUID id() {
    return id;
  }

  public UUID returnee() {
    return returnee;
  }

  public LocalDate takenOn() {
    return takenOn;
  }

  public TestKind kind() {
    return kind;
  }

  public TestOutcome outcome() {
    return outcome;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
