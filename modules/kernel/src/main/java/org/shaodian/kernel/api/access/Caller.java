package org.shaodian.kernel.api.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.shaodian.kernel.api.region.Region;

/**
 * Who is acting: a name, how they signed in, their roles and their jurisdiction (the part of the
 * region tree they may see). Requests have one from the container; background work runs as one it
 * captured when it was submitted, or as the {@linkplain #system system caller} ({@link Callers}).
 */
public record Caller(String name, CallerKind kind, Set<Role> roles, Region jurisdiction) {

  /**
   * The prefix of a system caller's name in the audit trail, e.g. {@code system:daily-briefing}.
   */
  public static final String SYSTEM_PREFIX = "system:";

  public Caller {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    roles = Set.copyOf(roles);
  }

  /** A person signed in through the registry. */
  public static Caller user(String name, Set<Role> roles, Region jurisdiction) {
    return new Caller(name, CallerKind.USER, roles, jurisdiction);
  }

  /** Another system, signed in with a JWT. */
  public static Caller integration(String name, Set<Role> roles, Region jurisdiction) {
    return new Caller(name, CallerKind.INTEGRATION, roles, jurisdiction);
  }

  /**
   * The application itself doing scheduled work ({@code job}, e.g. {@code daily-briefing}) within a
   * region: it holds every role there, and its audit entries say {@code system:<job>}.
   */
  public static Caller system(String job, Region within) {
    if (job == null || !job.matches("[a-z][a-z0-9-]{0,40}")) {
      throw new IllegalArgumentException("a job name is lower-case words joined by hyphens");
    }
    return new Caller(SYSTEM_PREFIX + job, CallerKind.SYSTEM, EnumSet.allOf(Role.class), within);
  }

  public boolean may(Permission permission) {
    return permission.grantedTo().stream().anyMatch(roles::contains);
  }

  public JurisdictionScope scope() {
    return new JurisdictionScope(jurisdiction);
  }
}
