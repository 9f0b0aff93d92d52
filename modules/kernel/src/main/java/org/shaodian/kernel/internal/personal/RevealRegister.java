package org.shaodian.kernel.internal.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.PersonalData;
import org.shaodian.kernel.api.personal.RevealedValue;
import org.shaodian.kernel.api.personal.Reveals;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.internal.access.KernelAccess;
import org.shaodian.kernel.internal.access.KernelPermission;

/**
 * Reveals: each one counted against the caller's allowance of the last hour, recorded and audited
 * in the caller's transaction. Beyond the allowance the caller is refused (429) and flagged — the
 * flag is written in a transaction of its own ({@link RevealFlags}), so that the refusal that rolls
 * back the caller's transaction does not take it along.
 */
@UnitOfWork
@ApplicationScoped
public class RevealRegister implements Reveals {

  static final AuditAction REVEALED = AuditAction.of("revealed");

  /** The window the allowance counts in. */
  static final Duration WINDOW = Duration.ofHours(1);

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

  // the module that holds the record has checked its own permission for the kind of record
  // (PEOPLE_REVEAL …) and the record's jurisdiction before it asks
  @Override
  @KernelAccess(KernelPermission.PERSONAL_DATA_REVEAL)
  public RevealedValue reveal(Request request, PersonalData value) {
    Caller caller = access.caller();
    Instant now = clock.instant();
    long recent =
        em.createQuery(
                "select count(r) from Reveal r where r.actor = :actor and r.at > :since"
                    + " and r.refused = false",
                Long.class)
            .setParameter("actor", caller.name())
            .setParameter("since", now.minus(WINDOW))
            .getSingleResult();
    if (recent >= perHour) {
      flags.flag(caller, request, now, recent);
      throw Problem.tooMany(
          Text.of(
              "一小时内查看完整信息已达 " + perHour + " 次,本次已拒绝并记录",
              "You have seen "
                  + perHour
                  + " full values within the hour; this one is refused and recorded"));
    }
    em.persist(new Reveal(caller, request, now, false));
    audit.record(
        AuditEvent.of(REVEALED, request.subject(), request.subjectId(), request.regionPath())
            .withSummary("field=" + request.field() + " reason=" + request.reason()));
    return new RevealedValue(
        request.field(), value.reveal(), OffsetDateTime.ofInstant(now, ShaodianTime.ZONE));
  }
}
