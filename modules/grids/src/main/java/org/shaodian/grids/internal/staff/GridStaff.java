package org.shaodian.grids.internal.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.shaodian.grids.api.GridStaffRole;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * A person who serves a grid in one role: a person of the rosters register, by id. Building and
 * corridor heads hold their role for one building, or one unit of it. The database keeps a role
 * held once per person and place, and a sole post (grid leader, building head, corridor head) held
 * by one person at most.
 */
@Entity
@Table(name = "grids_staff")
public class GridStaff {

  @Id private UUID id;

  @Column(name = "grid_code", nullable = false, length = 15)
  private String gridCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(name = "person_id", nullable = false)
  private UUID person;

  @Enumerated(EnumType.STRING)
  @Column(name = "staff_role", nullable = false, length = 30)
  private GridStaffRole role;

  @Column(name = "building_id")
  private UUID building;

  @Column(length = 20)
  private String unit;

  @Column(name = "staff_key", nullable = false, length = 120)
  private String staffKey;

  @Column(name = "sole_key", length = 80)
  private String soleKey;

  @Column(nullable = false)
  private Instant since;

  protected GridStaff() {}

  /**
   * Appoints a person to a role in a grid; a building (of this grid, checked by the caller) for a
   * building head, and a unit of it for a corridor head. 400 naming the field otherwise.
   */
  static GridStaff appoint(
      Region grid, UUID person, GridStaffRole role, UUID building, String unit, Instant now) {
    switch (role.scope()) {
      case GRID -> {
        if (building != null || unit != null) {
          throw Problem.invalid(
              "building",
              Text.of("该职务属于整个网格,不指定楼栋", "this role serves the whole grid: no building"));
        }
      }
      case BUILDING -> {
        if (building == null) {
          throw Problem.invalid(
              "building", Text.of("楼栋长须指定楼栋", "a building head needs a building"));
        }
        if (unit != null) {
          throw Problem.invalid(
              "unit", Text.of("楼栋长负责整栋楼,不指定单元", "a building head serves the whole building"));
        }
      }
      case UNIT -> {
        if (building == null || unit == null) {
          throw Problem.invalid(
              building == null ? "building" : "unit",
              Text.of("楼道长须指定楼栋和单元", "a corridor head needs a building and a unit"));
        }
      }
    }
    GridStaff staff = new GridStaff();
    staff.id = UUID.randomUUID();
    staff.gridCode = grid.code().value();
    staff.regionPath = grid.path();
    staff.person = person;
    staff.role = role;
    staff.building = building;
    staff.unit = unit;
    Keys keys = Keys.of(role, person, grid.code().value(), building, unit);
    staff.staffKey = keys.staff();
    staff.soleKey = keys.sole();
    staff.since = now;
    return staff;
  }

  /**
   * The keys the database's two rules compare: who holds which role where ({@code staff}), and the
   * post that only one may hold ({@code sole}, null for a shared role).
   */
  public record Keys(String staff, String sole) {

    /** The keys of an appointment (the demo data writes them too). */
    public static Keys of(
        GridStaffRole role, UUID person, String gridCode, UUID building, String unit) {
      String place =
          switch (role.scope()) {
            case GRID -> gridCode;
            case BUILDING -> building.toString();
            case UNIT -> building + "/" + unit;
          };
      return new Keys(role + ":" + person + ":" + place, role.isSole() ? role + ":" + place : null);
    }
  }

  public UUID id() {
    return id;
  }

  public RegionCode gridCode() {
    return RegionCode.of(gridCode);
  }

  public String regionPath() {
    return regionPath;
  }

  public UUID person() {
    return person;
  }

  public GridStaffRole role() {
    return role;
  }

  public UUID building() {
    return building;
  }

  public String unit() {
    return unit;
  }

  public Instant since() {
    return since;
  }

  /** Who holds which role where; unique per grid. */
  String staffKey() {
    return staffKey;
  }

  /** The post only one person may hold, or null for a shared role; unique. */
  String soleKey() {
    return soleKey;
  }
}
