package org.shaodian.kernel.api.audit;

/**
 * Who did what to which record, when, from which jurisdiction. {@link #record} joins the caller's
 * JTA transaction (it must run in one): the entry commits with the change it describes, or neither
 * does. The actor is whoever acts ({@link org.shaodian.kernel.api.access.Access#caller()}): a
 * person, an integration, or the system caller of scheduled work, and the entry says which.
 */
public interface AuditTrail {

  /** Appends an entry. */
  void record(AuditEvent event);

  /**
   * Appends the entry of a bulk action too long to hold all it touched until it ends (a register
   * import of 400,000 rows): the entry now, its items of type {@code itemType} as the action goes
   * ({@link Bulk#list}), its summary when it ends ({@link Bulk#summarise}); all in the caller's
   * transaction, so that a rollback leaves no trace of any of it, and nothing of the entry changes
   * after the commit.
   */
  Bulk recordBulk(AuditEvent event, SubjectType itemType);

  /** A bulk action's entry being written, within the transaction that began it. */
  interface Bulk {

    /** Lists more records the action touched (each id once). */
    void list(java.util.Collection<String> ids);

    /**
     * The summary the entry keeps (no personal data in clear), once the action's counts are known.
     */
    void summarise(String summary);
  }
}
