package org.shaodian.kernel.internal.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.personal.Disclosure;
import org.shaodian.kernel.api.personal.PersonalData;
import org.shaodian.kernel.api.personal.RevealForm;
import org.shaodian.kernel.api.personal.RevealedValue;
import org.shaodian.kernel.api.personal.Reveals;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.internal.access.KernelAccess;
import org.shaodian.kernel.internal.access.KernelPermission;

/**
 * Reveals: each one counted against the caller's allowance ({@link RevealAllowance}: single values
 * by the hour, bulk acts by the day), recorded and audited in the caller's transaction. Beyond the
 * allowance the caller is refused (429) and flagged — the flag is written in a transaction of its
 * own ({@link RevealFlags}), so that the refusal that rolls back the caller's transaction does not
 * take it along.
 */
@UnitOfWork
@ApplicationScoped
public class RevealRegister implements Reveals {

  static final AuditAction REVEALED = AuditAction.of("revealed");

  /** What a granted bulk reveal writes values with. */
  private static final Disclosure FULL = PersonalData::reveal;

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  @Inject Access access;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject RevealFlags flags;

  /** How many full values one caller may see in an hour before they are refused and flagged. */
  @Inject
  @ConfigProperty(name = "shaodian.reveals-per-hour", defaultValue = "20")
  int perHour;

  /**
   * How many bulk reveals (a register exported in full) one caller may make within 24 hours before
   * they are refused and flagged.
   */
  @Inject
  @ConfigProperty(name = "shaodian.bulk-reveals-per-day", defaultValue = "3")
  int bulkPerDay;

  // the module that holds the record has checked its own permission for the kind of record
  // (PEOPLE_REVEAL …) and the record's jurisdiction before it asks
  @Override
  @KernelAccess(KernelPermission.PERSONAL_DATA_REVEAL)
  public RevealedValue reveal(Request request, PersonalData value) {
    Instant now = grant(RevealAllowance.single(perHour), request, 1);
    return new RevealedValue(
        request.field(), value.reveal(), OffsetDateTime.ofInstant(now, ShaodianTime.ZONE));
  }

  // likewise for the whole the values belong to (REGISTER_REVEAL on the grid, for its register)
  @Override
  @KernelAccess(KernelPermission.PERSONAL_DATA_REVEAL)
  public Disclosure revealAll(Request request, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a bulk reveal of " + count + " values");
    }
    RevealForm.requireReason("reason", request.reason());
    grant(RevealAllowance.bulk(bulkPerDay), request, count);
    return FULL;
  }

  /**
   * Records and audits the reveal when the allowance admits it; otherwise flags the caller and
   * refuses (429). The instant it was granted.
   */
  private Instant grant(RevealAllowance allowance, Request request, int count) {
    Caller caller = access.caller();
    Instant now = clock.instant();
    long granted =
        em.createQuery(
                "select count(r) from Reveal r where r.actor = :actor and r.at > :since"
                    + " and r.bulk = :bulk and r.refused = false",
                Long.class)
            .setParameter("actor", caller.name())
            .setParameter("since", allowance.since(now))
            .setParameter("bulk", allowance.bulk())
            .getSingleResult();
    String what = "field=" + request.field() + (allowance.bulk() ? " bulk values=" + count : "");
    if (allowance.refuses(granted)) {
      flags.flag(
          new Reveal(caller, request, count, allowance.bulk(), now, true),
          request,
          what + " " + allowance.countedAs() + "=" + granted + " reason=" + request.reason());
      throw Problem.tooMany(allowance.refusal());
    }
    em.persist(new Reveal(caller, request, count, allowance.bulk(), now, false));
    audit.record(
        AuditEvent.of(REVEALED, request.subject(), request.subjectId(), request.regionPath())
            .withSummary(what + " reason=" + request.reason()));
    return now;
  }
}
