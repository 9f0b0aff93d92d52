package org.shaodian.reporting.internal;

import java.util.EnumSet;
import java.util.Set;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.access.Role;

/** Who may download which printout. */
public enum ReportPermission implements Permission {
  /** The list of people who serve in a region. */
  PEOPLE_LIST(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.OFFICIAL, Role.SUPERVISOR));

  private final Set<Role> grantedTo;

  ReportPermission(Set<Role> grantedTo) {
    this.grantedTo = grantedTo;
  }

  @Override
  public Set<Role> grantedTo() {
    return grantedTo;
  }
}
