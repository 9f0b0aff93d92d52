package org.shaodian.kernel.internal.access;

import java.util.EnumSet;
import java.util.Set;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.access.Role;

/** What the kernel's own resources require. */
public enum KernelPermission implements Permission {
  /** Every signed-in role may read the region tree within its jurisdiction. */
  REGION_READ(EnumSet.allOf(Role.class)),
  /** The audit trail is for administrators and the discipline committee. */
  AUDIT_READ(EnumSet.of(Role.ADMIN, Role.SUPERVISOR)),
  /** Loading the statistics bureau's list of places into the region tree is for administrators. */
  REGION_IMPORT(EnumSet.of(Role.ADMIN)),
  /** Command offices divide their communities into compound grids, and administrators do. */
  GRID_ADD(EnumSet.of(Role.ADMIN, Role.COMMANDER)),
  /**
   * Administrators say which part of the tree each registry account sees (the roles stay with the
   * registry: LDAP groups).
   */
  ACCOUNT_ADMIN(EnumSet.of(Role.ADMIN)),
  /** Moving sealed personal data to the current key, after a rotation, is for administrators. */
  PERSONAL_DATA_KEYS(EnumSet.of(Role.ADMIN)),
  /**
   * May see a full ID number, phone or plate at all (for one record, with a reason); each module
   * narrows it with a permission of its own for each kind of record (rosters: PEOPLE_REVEAL).
   */
  PERSONAL_DATA_REVEAL(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.GRID_WORKER)),
  /** Who saw a full ID number, phone or plate, and why: for officials and supervision. */
  REVEALS_READ(EnumSet.of(Role.ADMIN, Role.OFFICIAL, Role.SUPERVISOR)),
  /** A region's emergency episodes, and what their purge removed: command and oversight. */
  EPISODES_READ(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.OFFICIAL, Role.SUPERVISOR)),
  /** A region's command opens and closes its emergency episodes (and administrators do). */
  EPISODES_MANAGE(EnumSet.of(Role.ADMIN, Role.COMMANDER)),
  /** Running the retention purge by hand (the timer runs it on its own) is for administrators. */
  RETENTION_RUN(EnumSet.of(Role.ADMIN));

  private final Set<Role> grantedTo;

  KernelPermission(Set<Role> grantedTo) {
    this.grantedTo = grantedTo;
  }

  @Override
  public Set<Role> grantedTo() {
    return grantedTo;
  }
}
