package org.shaodian.reporting.internal;

import java.util.EnumSet;
import java.util.Set;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.access.Role;

/** Who may download which printout. */
public enum ReportPermission implements Permission {
  /** The list of people who serve in a region. */
  PEOPLE_LIST(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.OFFICIAL, Role.SUPERVISOR)),
  /**
   * The daily briefing (每日一报) and its archive: the offices that lead and supervise the work (its
   * figures come from every module, each checking its own read permission again).
   */
  BRIEFING(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.OFFICIAL, Role.SUPERVISOR)),
  /** Making the day's briefings now, as the morning run would (catching up by hand). */
  BRIEFING_RUN(EnumSet.of(Role.ADMIN)),
  /**
   * A post's week and a person's duty list: the roles that may read rosters (the rosters api checks
   * its own permission and the jurisdiction again).
   */
  ROSTERS(
      EnumSet.of(
          Role.ADMIN,
          Role.COMMANDER,
          Role.OFFICIAL,
          Role.SUPERVISOR,
          Role.GRID_WORKER,
          Role.CHECKPOINT_STAFF));

  private final Set<Role> grantedTo;

  ReportPermission(Set<Role> grantedTo) {
    this.grantedTo = grantedTo;
  }

  @Override
  public Set<Role> grantedTo() {
    return grantedTo;
  }
}
