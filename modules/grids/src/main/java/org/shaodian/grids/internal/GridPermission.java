package org.shaodian.grids.internal;

import java.util.EnumSet;
import java.util.Set;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.access.Role;

/** The grids module's access matrix. */
public enum GridPermission implements Permission {
  /** Grids, their staff and the register (masked), to read. */
  GRIDS_READ(
      EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.OFFICIAL, Role.SUPERVISOR, Role.GRID_WORKER)),
  /** Who serves a grid: the command office appoints grid leaders, doctors, building heads … */
  STAFF_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER)),
  /**
   * The four-colour map: grid boundaries and the features (supply points, checkpoints, testing
   * points, restricted passages). The command office decides where these are, and other modules
   * place theirs through the grids api on behalf of the command office that set them up; grid
   * workers read the map (GRIDS_READ) but do not redraw it.
   */
  MAP_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER)),
  /** Buildings, dwellings and residents: the grid worker keeps the register of their grids. */
  REGISTER_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.GRID_WORKER)),
  /**
   * The returnee ledger, to register in: the grid worker door to door, the checkpoint that inspects
   * a returnee; and their test results.
   */
  LEDGER_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.GRID_WORKER, Role.CHECKPOINT_STAFF)),
  /** Home health management: the grid worker records visits, extends and ends cases. */
  CASE_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.GRID_WORKER)),
  /** Citizen requests: received, routed, worked on, resolved and called back. */
  REQUEST_WRITE(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.GRID_WORKER)),
  /** Opening a case: the grid worker, and a checkpoint that diverts a traveller home. */
  CASE_OPEN(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.GRID_WORKER, Role.CHECKPOINT_STAFF)),
  /**
   * A resident's full ID number or phone, for one resident with a reason (audited): the grid worker
   * who must call them or check them against a list.
   */
  REGISTER_REVEAL(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.GRID_WORKER));

  private final Set<Role> grantedTo;

  GridPermission(Set<Role> grantedTo) {
    this.grantedTo = grantedTo;
  }

  @Override
  public Set<Role> grantedTo() {
    return grantedTo;
  }
}
