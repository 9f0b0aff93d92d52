package org.shaodian.checkpoints.internal.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.shaodian.checkpoints.api.TravellerRole;
import org.shaodian.kernel.api.personal.HealthNote;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PersonName;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.Sealed;

/**
 * One person of an inspection: who (sealed, the ID number also by its blind index), and what the
 * checks found and the policy judged, as one sealed note (health status is personal data).
 */
@Embeddable
public class InspectedPerson {

  @Column(nullable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TravellerRole role;

  @Column(nullable = false, length = 200)
  private PersonName name;

  @Column(name = "id_number", nullable = false, length = 200)
  private IdNumber idNumber;

  @Column(name = "id_index", nullable = false, length = 64)
  private String idIndex;

  @Column(length = 200)
  private PhoneNumber phone;

  @Column(nullable = false, length = 600)
  private HealthNote checks;

  /**
   * The inspection's duty day, kept with each person: on PostgreSQL the people are partitioned by
   * day as their inspections are, and refer to them by (id, day).
   */
  @Column(name = "duty_day", nullable = false)
  private LocalDate day;

  protected InspectedPerson() {}

  InspectedPerson(
      int seq,
      TravellerRole role,
      PersonName name,
      IdNumber idNumber,
      PhoneNumber phone,
      HealthNote checks) {
    this.seq = seq;
    this.role = role;
    this.name = name;
    this.idNumber = idNumber;
    this.idIndex = Sealed.blindIndex(idNumber);
    this.phone = phone;
    this.checks = checks;
  }

  /** Recorded on the inspection's duty day. */
  void on(LocalDate day) {
    this.day = day;
  }

  public LocalDate day() {
    return day;
  }

  public int seq() {
    return seq;
  }

  public TravellerRole role() {
    return role;
  }

  public PersonName name() {
    return name;
  }

  public IdNumber idNumber() {
    return idNumber;
  }

  public PhoneNumber phone() {
    return phone;
  }

  public HealthNote checks() {
    return checks;
  }
}
