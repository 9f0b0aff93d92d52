package org.shaodian.rosters.internal;

import java.util.EnumSet;
import java.util.Set;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.access.Role;

/** The rosters module's access matrix. */
public enum RosterPermission implements Permission {
  PEOPLE_READ(
      EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.OFFICIAL, Role.SUPERVISOR, Role.GRID_WORKER)),
  PEOPLE_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER));

  private final Set<Role> grantedTo;

  RosterPermission(Set<Role> grantedTo) {
    this.grantedTo = grantedTo;
  }

  @Override
  public Set<Role> grantedTo() {
    return grantedTo;
  }
}
