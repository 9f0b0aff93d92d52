package org.shaodian.checkpoints.internal;

import java.util.EnumSet;
import java.util.Set;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.access.Role;

/** The checkpoints module's access matrix. */
public enum CheckpointPermission implements Permission {
  /**
   * Checkpoints, their lanes and policy, inspections (masked), patrols and tallies, to read; grid
   * workers too, who patrol key places and receive the travellers checkpoints send home.
   */
  CHECKPOINTS_READ(
      EnumSet.of(
          Role.ADMIN,
          Role.COMMANDER,
          Role.OFFICIAL,
          Role.SUPERVISOR,
          Role.CHECKPOINT_STAFF,
          Role.GRID_WORKER)),
  /**
   * Setting up checkpoints: where they are, their lanes, opened, suspended or closed. The command
   * office decides; the checkpoint's post and its yellow map feature follow in the same commit.
   */
  CHECKPOINT_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER)),
  /** The screening policy of a region: the command office issues its versions. */
  POLICY_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER)),
  /** Recording inspections, one by one or in device batches: the staff on duty at the lane. */
  INSPECT(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.CHECKPOINT_STAFF)),
  /** Key places and their daily patrols: set up by the command office … */
  KEY_PLACE_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER)),
  /** … and patrolled by checkpoint staff and grid workers. */
  PATROL(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.CHECKPOINT_STAFF, Role.GRID_WORKER)),
  /** A traveller's full ID number, phone or plate, one at a time with a reason (audited). */
  INSPECTION_REVEAL(EnumSet.of(Role.ADMIN, Role.COMMANDER));

  private final Set<Role> grantedTo;

  CheckpointPermission(Set<Role> grantedTo) {
    this.grantedTo = grantedTo;
  }

  @Override
  public Set<Role> grantedTo() {
    return grantedTo;
  }
}
