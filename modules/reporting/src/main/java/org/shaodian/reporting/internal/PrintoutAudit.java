package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.audit.SubjectType;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * Printouts list people: who printed which list is in the audit trail (PIPL: log who saw what), in
 * a transaction of its own once the file is made and before it is sent.
 */
@ApplicationScoped
@UnitOfWork
public class PrintoutAudit {

  @Inject AuditTrail audit;

  /** The people who serve in a region; the subject is the region's code. */
  static final SubjectType PEOPLE_LIST = SubjectType.of("reporting", "people-list");

  /** A post's week; the subject is the post's id. */
  static final SubjectType POST_WEEK = SubjectType.of("reporting", "post-week");

  /** A person's duty list; the subject is the person's id. */
  static final SubjectType PERSON_DUTIES = SubjectType.of("reporting", "person-duties");

  /** A region's daily briefing; the subject is the region's code and the day. */
  static final SubjectType DAILY_BRIEFING = SubjectType.of("reporting", "daily-briefing");

  static final AuditAction PRINTED = AuditAction.of("printed");

  /**
   * One printout: which kind, of what ({@code subjectId}), in which region (its path: the region's
   * supervisors read the entry), with a summary that holds no personal data.
   */
  void printed(SubjectType printout, String subjectId, String regionPath, String summary) {
    audit.record(AuditEvent.of(PRINTED, printout, subjectId, regionPath).withSummary(summary));
  }
}
