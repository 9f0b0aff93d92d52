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
}
