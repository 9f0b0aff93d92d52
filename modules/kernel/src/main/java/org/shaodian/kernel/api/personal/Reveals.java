package org.shaodian.kernel.api.personal;

import org.shaodian.kernel.api.audit.SubjectType;

/**
 * The one way a full ID number, phone or plate leaves the system: for one record, to a caller whose
 * role may see it, with a stated reason. The module checks its permission and the record's
 * jurisdiction (as for any read), then asks here: the reveal is counted against the caller's hourly
 * allowance (refused with 429 and flagged beyond it), recorded — who, what, why, when — and
 * audited, in the caller's transaction. Officials list the reveals of their jurisdiction.
 */
public interface Reveals {

  /** What is revealed: a record's field, where the record lies, and why it is asked for. */
  record Request(
      SubjectType subject, String subjectId, String regionPath, String field, String reason) {}

  /** The full value of {@code value} for {@code request}; see the class comment. */
  RevealedValue reveal(Request request, PersonalData value);
}
