package org.shaodian.rosters.internal;

import java.util.EnumSet;
import java.util.Set;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.access.Role;

/** The rosters module's access matrix. */
public enum RosterPermission implements Permission {
  PEOPLE_READ(
      EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.OFFICIAL, Role.SUPERVISOR, Role.GRID_WORKER)),
  PEOPLE_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER)),
  /** A person's full phone, for one person with a reason (audited): to call them to duty. */
  PEOPLE_REVEAL(EnumSet.of(Role.ADMIN, Role.COMMANDER)),
  /** Teams, posts, seats, absences, coverage, solver jobs, handovers and findings, to read. */
  ROSTER_READ(
      EnumSet.of(
          Role.ADMIN,
          Role.COMMANDER,
          Role.OFFICIAL,
          Role.SUPERVISOR,
          Role.GRID_WORKER,
          Role.CHECKPOINT_STAFF)),
  /** Teams, posts, absences, seats and solver jobs: the command office staffs the roster. */
  ROSTER_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER)),
  /** Sign-in, sign-out and handover at a post: done on the post's tablet. */
  DUTY_RECORD(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.CHECKPOINT_STAFF)),
  /** Supervision patrols (纪工委): findings recorded and, once rectified, closed. */
  FINDING_RECORD(EnumSet.of(Role.ADMIN, Role.SUPERVISOR)),
  /** The command office records how a finding was put right. */
  FINDING_RECTIFY(EnumSet.of(Role.ADMIN, Role.COMMANDER));

  private final Set<Role> grantedTo;

  RosterPermission(Set<Role> grantedTo) {
    this.grantedTo = grantedTo;
  }

  @Override
  public Set<Role> grantedTo() {
    return grantedTo;
  }
}
