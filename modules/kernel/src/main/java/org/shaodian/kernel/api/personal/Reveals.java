package org.shaodian.kernel.api.personal;

import org.shaodian.kernel.api.audit.SubjectType;

/**
 * The one way a full ID number, phone or plate leaves the system: for one record, or in one bulk
 * act (a grid's register exported in full), to a caller whose role may see it, with a stated
 * reason. The module checks its permission and the record's jurisdiction (as for any read), then
 * asks here: the reveal is counted against the caller's allowance (refused with 429 and flagged
 * beyond it), recorded — who, what, why, when, how many values — and audited, in the caller's
 * transaction. Officials list the reveals of their jurisdiction, single and bulk alike.
 */
public interface Reveals {

  /**
   * What is revealed: a record's field (or, for a bulk act, the whole it is part of — a grid's
   * register — and the fields shown, {@code idNumber,phone}), where it lies, and why it is asked
   * for.
   */
  record Request(
      SubjectType subject, String subjectId, String regionPath, String field, String reason) {}

  /**
   * The full value of {@code value} for {@code request}, counted against the caller's hourly
   * allowance of single values; see the class comment.
   */
  RevealedValue reveal(Request request, PersonalData value);

  /**
   * One bulk act of {@code count} full values — a grid's register exported with its residents' ID
   * numbers and phones — recorded as one reveal of the whole ({@code request}: the register, the
   * fields shown, the reason given as for a single value, {@link RevealForm#requireReason}) with
   * its count, audited in the caller's transaction and counted against the caller's daily allowance
   * of bulk acts (a few a day; beyond it 429, and the caller flagged). Ask before the first value
   * is written; then write the values with the disclosure returned.
   */
  Disclosure revealAll(Request request, int count);
}
