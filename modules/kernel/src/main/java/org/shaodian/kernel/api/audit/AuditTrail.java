package org.shaodian.kernel.api.audit;

/**
 * Who did what to which record, when, from which jurisdiction. {@link #record} joins the caller's
 * JTA transaction (it must run in one): the entry commits with the change it describes, or neither
 * does. The summary must not hold personal data in clear (use masked values).
 */
public interface AuditTrail {

  /**
   * Appends an entry.
   *
   * @param subjectRegionPath the path of the region the record belongs to: supervisors of that
   *     region read the entry, whoever made the change
   */
  void record(
      String action,
      String subjectType,
      String subjectId,
      String subjectRegionPath,
      String summary);
}
