package org.shaodian.grids.api;

import org.shaodian.kernel.api.i18n.Text;

/**
 * Who serves a grid (the seed reports' "one grid, one team"): village committee members as grid
 * leader and deputies, the cadres and workers assigned to it, and the heads of its buildings and
 * corridors.
 */
public enum GridStaffRole {
  GRID_LEADER(Text.of("网格长", "grid leader"), Scope.GRID, true),
  DEPUTY_LEADER(Text.of("副网格长", "deputy grid leader"), Scope.GRID, false),
  GRID_WORKER(Text.of("网格员", "grid worker"), Scope.GRID, false),
  LIAISON_CADRE(Text.of("联系部门干部", "liaison-department cadre"), Scope.GRID, false),
  STREET_CADRE(Text.of("街道干部", "street cadre"), Scope.GRID, false),
  SOCIAL_WORKER(Text.of("社工", "social worker"), Scope.GRID, false),
  BRANCH_SECRETARY(Text.of("小区支部书记", "compound branch secretary"), Scope.GRID, false),
  COMMUNITY_DOCTOR(Text.of("社区医生", "community doctor"), Scope.GRID, false),
  AREA_POLICE(Text.of("片区民警", "area police officer"), Scope.GRID, false),
  BUILDING_HEAD(Text.of("楼栋长", "building head"), Scope.BUILDING, true),
  CORRIDOR_HEAD(Text.of("楼道长", "corridor head"), Scope.UNIT, true);

  /** Where a role is held: the whole grid, one building, or one unit (corridor) of a building. */
  public enum Scope {
    GRID,
    BUILDING,
    UNIT
  }

  private final Text label;
  private final Scope scope;
  private final boolean sole;

  GridStaffRole(Text label, Scope scope, boolean sole) {
    this.label = label;
    this.scope = scope;
    this.sole = sole;
  }

  public Text label() {
    return label;
  }

  public Scope scope() {
    return scope;
  }

  /** Whether one person at most holds it in its place (a grid's leader, a building's head). */
  public boolean isSole() {
    return sole;
  }
}
