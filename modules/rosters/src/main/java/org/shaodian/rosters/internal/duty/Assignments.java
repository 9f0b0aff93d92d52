package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shaodian.kernel.api.tx.RowInserts;
import org.shaodian.rosters.api.DutyRole;

/**
 * The stored duties, for the module's services: look-ups, and the two writes that keep a duty and
 * its hours together. Runs in the caller's transaction; checks nobody's access (its callers do).
 */
@ApplicationScoped
public class Assignments {

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject RowInserts rows;

  /** Stores a duty with its hours; the database decides between concurrent takers. */
  public void hold(Assignment assignment) {
    holdAll(List.of(assignment));
  }

  /**
   * Stores duties with their hours, in bulk: the duties through JPA (flushed at once, since the
   * hours refer to them), the hours as rows. A seat or an hour already taken, here or in another
   * transaction, fails the whole call with its constraint's 409.
   */
  public void holdAll(List<Assignment> duties) {
    duties.forEach(em::persist);
    em.flush();
    rows.insert(
        DutyHour.TABLE,
        DutyHour.COLUMNS,
        duties.stream().flatMap(duty -> duty.hours().stream()).map(DutyHour::row).toList());
  }

  /** Releases duties and their hours. */
  public void release(List<Assignment> assignments) {
    if (assignments.isEmpty()) {
      return;
    }
    List<UUID> ids = assignments.stream().map(Assignment::id).toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      em.createQuery("delete from DutyHour h where h.assignment in :ids")
          .setParameter("ids", chunk)
          .executeUpdate();
    }
    assignments.forEach(em::remove);
  }

  public Optional<Assignment> at(
      UUID post, LocalDate date, int shiftNo, DutyRole role, int seatNo) {
    return em.createQuery(
            "select a from Assignment a where a.post = :post and a.date = :date"
                + " and a.shiftNo = :shift and a.role = :role and a.seatNo = :seat",
            Assignment.class)
        .setParameter("post", post)
        .setParameter("date", date)
        .setParameter("shift", shiftNo)
        .setParameter("role", role)
        .setParameter("seat", seatNo)
        .getResultStream()
        .findFirst();
  }

  /** A post's duties on the dates from {@code from} to {@code to}, both included. */
  public List<Assignment> ofPost(UUID post, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select a from Assignment a where a.post = :post and a.date between :from and :to"
                + " order by a.date, a.shiftNo, a.role, a.seatNo",
            Assignment.class)
        .setParameter("post", post)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** A post's duties that have not started yet. */
  public List<Assignment> upcomingOf(UUID post, Instant now) {
    return em.createQuery(
            "select a from Assignment a where a.post = :post and a.start > :now", Assignment.class)
        .setParameter("post", post)
        .setParameter("now", now)
        .getResultList();
  }

  /** A person's absences that overlap a period. */
  public List<Absence> absencesOf(UUID person, Instant from, Instant until) {
    return em.createQuery(
            "select b from Absence b where b.person = :person and b.start < :until and b.end > :from",
            Absence.class)
        .setParameter("person", person)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }

  /** The duty a person was signed in on at a post at a moment, within its shift. */
  public Optional<Assignment> signedInAt(UUID post, UUID person, Instant at) {
    return em.createQuery(
            "select a from Assignment a where a.post = :post and a.person = :person"
                + " and a.start <= :at and a.end > :at and a.signedInAt <= :at"
                + " and (a.signedOutAt is null or a.signedOutAt > :at)",
            Assignment.class)
        .setParameter("post", post)
        .setParameter("person", person)
        .setParameter("at", at)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** A person's duties that overlap a period. */
  public List<Assignment> dutiesOf(UUID person, Instant from, Instant until) {
    return em.createQuery(
            "select a from Assignment a where a.person = :person and a.start < :until"
                + " and a.end > :from order by a.start",
            Assignment.class)
        .setParameter("person", person)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }
}
