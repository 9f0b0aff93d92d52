package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;
import org.shaodian.rosters.internal.people.Person;

/** People's absences: recorded and withdrawn by the command office, read by the solver. */
@UnitOfWork
@ApplicationScoped
public class AbsenceBook {

  static final Text ABSENCE = Text.of("不可值守时段", "Absence");

  /** A person's list shows absences that end after this long ago, and all to come. */
  static final long LIST_DAYS_BACK = 31;

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject DutyRoster roster;

  @Inject Assignments assignments;

  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public List<AbsenceView> of(UUID personId) {
    roster.person(personId, RosterPermission.ROSTER_WRITE);
    Instant since = clock.instant().minusSeconds(LIST_DAYS_BACK * 86_400);
    return em
        .createQuery(
            "select b from Absence b where b.person = :person and b.end > :since order by b.start",
            Absence.class)
        .setParameter("person", personId)
        .setParameter("since", since)
        .getResultList()
        .stream()
        .map(AbsenceView::of)
        .toList();
  }

  /**
   * Records an absence. A 409 when the person holds duties in it: those are released first, by
   * someone who then sees the gap they leave.
   */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public AbsenceView record(UUID personId, AbsenceForm form) {
    Person person = roster.person(personId, RosterPermission.ROSTER_WRITE);
    Instant now = clock.instant();
    Absence absence =
        Absence.record(
            person.id(),
            person.regionPath(),
            form.from().toInstant(),
            form.until().toInstant(),
            form.reason(),
            form.note() == null || form.note().isBlank() ? null : form.note().strip(),
            now);
    int held = assignments.dutiesOf(personId, absence.start(), absence.end()).size();
    if (held > 0) {
      throw Problem.conflict(
          Text.of(
              "该人员在此期间有 " + held + " 个值守,请先释放",
              "The person holds " + held + " duties in this period; release them first"));
    }
    em.persist(absence);
    em.flush();
    audit.record(
        AuditEvent.of(
                DutyAudit.RECORDED, DutyAudit.ABSENCE, absence.id().toString(), person.regionPath())
            // the reason is not written to the audit: it may be about the person's health
            .withSummary("person=" + personId));
    return AbsenceView.of(absence);
  }

  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public void withdraw(UUID personId, UUID absenceId) {
    roster.person(personId, RosterPermission.ROSTER_WRITE);
    Absence absence = em.find(Absence.class, absenceId);
    if (absence == null || !absence.person().equals(personId)) {
      throw Problem.notFound(ABSENCE);
    }
    em.remove(absence);
    em.flush();
    audit.record(
        AuditEvent.of(
                DutyAudit.WITHDRAWN, DutyAudit.ABSENCE, absenceId.toString(), absence.regionPath())
            .withSummary("person=" + personId));
  }
}
