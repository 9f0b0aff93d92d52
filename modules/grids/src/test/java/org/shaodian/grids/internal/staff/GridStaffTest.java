package org.shaodian.grids.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shaodian.grids.api.GridStaffRole;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** Where each grid role is held, and which posts only one person may hold. */
class GridStaffTest {

  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

  static final Region GRID =
      new Region(
          RegionCode.of("330182002001001"),
          "洋安社区第一网格",
          "Yang'an Grid 1",
          RegionLevel.GRID,
          RegionCode.of("330182002001"),
          "/330100/330182/330182002000/330182002001/330182002001001/");

  final UUID person = UUID.randomUUID();
  final UUID building = UUID.randomUUID();

  @Test
  void theGridLeaderIsOnePerGridAndDeputiesAreMany() {
    GridStaff leader = GridStaff.appoint(GRID, person, GridStaffRole.GRID_LEADER, null, null, NOW);
    GridStaff otherLeader =
        GridStaff.appoint(GRID, UUID.randomUUID(), GridStaffRole.GRID_LEADER, null, null, NOW);
    assertThat(leader.soleKey()).isNotNull().isEqualTo(otherLeader.soleKey());

    GridStaff deputy =
        GridStaff.appoint(GRID, person, GridStaffRole.DEPUTY_LEADER, null, null, NOW);
    assertThat(deputy.soleKey()).isNull();
    assertThat(deputy.staffKey()).isNotEqualTo(leader.staffKey());
  }

  @Test
  void aBuildingHeadServesOneBuildingAndACorridorHeadOneUnit() {
    GridStaff head =
        GridStaff.appoint(GRID, person, GridStaffRole.BUILDING_HEAD, building, null, NOW);
    GridStaff corridor1 =
        GridStaff.appoint(GRID, person, GridStaffRole.CORRIDOR_HEAD, building, "1单元", NOW);
    GridStaff corridor2 =
        GridStaff.appoint(GRID, person, GridStaffRole.CORRIDOR_HEAD, building, "2单元", NOW);

    assertThat(head.building()).isEqualTo(building);
    assertThat(corridor1.soleKey()).isNotEqualTo(corridor2.soleKey()).isNotEqualTo(head.soleKey());
  }

  @Test
  void aRoleOutOfItsPlaceIsRefusedNamingTheField() {
    assertThat(refusal(GridStaffRole.GRID_WORKER, building, null)).isEqualTo("building");
    assertThat(refusal(GridStaffRole.BUILDING_HEAD, null, null)).isEqualTo("building");
    assertThat(refusal(GridStaffRole.BUILDING_HEAD, building, "1单元")).isEqualTo("unit");
    assertThat(refusal(GridStaffRole.CORRIDOR_HEAD, building, null)).isEqualTo("unit");
    assertThat(refusal(GridStaffRole.CORRIDOR_HEAD, null, "1单元")).isEqualTo("building");
  }

  private String refusal(GridStaffRole role, UUID building, String unit) {
    Problem problem =
        catchThrowableOfType(
            Problem.class, () -> GridStaff.appoint(GRID, person, role, building, unit, NOW));
    assertThat(problem.status()).isEqualTo(400);
    return problem.fieldErrors().get(0).field();
  }
}
