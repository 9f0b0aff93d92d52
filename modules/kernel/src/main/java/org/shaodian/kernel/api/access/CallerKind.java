package org.shaodian.kernel.api.access;

/** How a caller came to act: the audit trail tells a person, an integration and a job apart. */
public enum CallerKind {
  /** A person signed in through the server's registry (HTTP Basic, LDAP). */
  USER,
  /** Another system with a MicroProfile JWT (its {@code upn} may equal a registry user's name). */
  INTEGRATION,
  /** Scheduled or background work of the application itself, on behalf of nobody. */
  SYSTEM
}
