package org.shaodian.rosters.internal.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.shaodian.rosters.api.DutyRole;

/**
 * One seat of a job's proposal: who the solver gives it to (none: left open, with the reason), and
 * who held it when the job started — the basis that acceptance checks the roster against.
 */
@Entity
@Table(name = "rosters_proposed_seat")
@IdClass(ProposedSeat.Key.class)
public class ProposedSeat {

  @Id
  @Column(name = "job_id")
  private UUID job;

  @Id
  @Column(name = "seat_index")
  private int index;

  @Column(name = "post_id", nullable = false)
  private UUID post;

  @Column(name = "duty_date", nullable = false)
  private LocalDate date;

  @Column(name = "shift_no", nullable = false)
  private int shiftNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "duty_role", nullable = false, length = 20)
  private DutyRole role;

  @Column(name = "seat_no", nullable = false)
  private int seatNo;

  @Column(name = "person_id")
  private UUID person;

  @Column(name = "basis_person_id")
  private UUID basis;

  @Column(name = "unfilled_reason", length = 40)
  private String unfilledReason;

  protected ProposedSeat() {}

  ProposedSeat(
      UUID job,
      int index,
      UUID post,
      LocalDate date,
      int shiftNo,
      DutyRole role,
      int seatNo,
      UUID person,
      UUID basis,
      String unfilledReason) {
    this.job = job;
    this.index = index;
    this.post = post;
    this.date = date;
    this.shiftNo = shiftNo;
    this.role = role;
    this.seatNo = seatNo;
    this.person = person;
    this.basis = basis;
    this.unfilledReason = unfilledReason;
  }

  public UUID job() {
    return job;
  }

  public int index() {
    return index;
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

  public DutyRole role() {
    return role;
  }

  public int seatNo() {
    return seatNo;
  }

  public UUID person() {
    return person;
  }

  public UUID basis() {
    return basis;
  }

  public String unfilledReason() {
    return unfilledReason;
  }

  /** The seat's address within its post, as duties write it. */
  public String seatKey() {
    return date + "/" + shiftNo + "/" + role + "/" + seatNo;
  }

  /** The key: a job and the seat's place in its problem. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private UUID job;
    private int index;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(job, key.job) && index == key.index;
    }

    @Override
    public int hashCode() {
      return Objects.hash(job, index);
    }
  }
}
