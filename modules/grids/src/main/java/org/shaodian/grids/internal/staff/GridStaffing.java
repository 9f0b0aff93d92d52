package org.shaodian.grids.internal.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shaodian.grids.api.GridStaffRole;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.grids.internal.register.ResidentRegister;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.rosters.api.PeopleService;

/**
 * The grids of a jurisdiction and who serves them. Staff are people of the rosters register, by id:
 * the person must be one the caller may see. Each method is one transaction.
 */
@UnitOfWork
@ApplicationScoped
public class GridStaffing {

  /** A town has a few dozen grids; a district a few hundred. */
  static final int MAX_GRIDS = 2000;

  static final Text STAFF = Text.of("网格力量", "Grid staff member");

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject PeopleService people;

  @Inject ResidentRegister register;

  @Inject CurrentLanguage language;

  /** The grids within the caller's jurisdiction (or a region of it), in tree order, with staff. */
  @GridAccess(GridPermission.GRIDS_READ)
  public List<GridView> grids(RegionCode region) {
    JurisdictionScope scope = access.scope(GridPermission.GRIDS_READ, region);
    List<Region> grids = regions.within(scope.root(), RegionLevel.GRID, MAX_GRIDS);
    return views(grids);
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public GridView grid(RegionCode code) {
    return views(List.of(register.grid(code, GridPermission.GRIDS_READ))).get(0);
  }

  @GridAccess(GridPermission.STAFF_WRITE)
  public StaffView appoint(RegionCode code, StaffForm form) {
    Region grid = register.grid(code, GridPermission.STAFF_WRITE);
    people.get(form.person()); // a person the caller may see, or 404
    if (form.building() != null) {
      register.buildingOf(grid, form.building(), form.unit());
    }
    GridStaff staff =
        GridStaff.appoint(
            grid, form.person(), form.role(), form.building(), form.unit(), clock.instant());
    em.persist(staff);
    em.flush();
    audit.record(
        AuditEvent.of(StaffAudit.APPOINTED, StaffAudit.STAFF, staff.id().toString(), grid.path())
            .withSummary(
                "grid=" + grid.code() + " role=" + staff.role() + " person=" + staff.person()));
    return staffViews(List.of(staff)).get(0).view();
  }

  @GridAccess(GridPermission.STAFF_WRITE)
  public void relieve(RegionCode code, UUID staffId) {
    Region grid = register.grid(code, GridPermission.STAFF_WRITE);
    GridStaff staff = em.find(GridStaff.class, staffId);
    if (staff == null || !staff.gridCode().equals(grid.code())) {
      throw Problem.notFound(STAFF);
    }
    em.remove(staff);
    em.flush();
    audit.record(
        AuditEvent.of(StaffAudit.RELIEVED, StaffAudit.STAFF, staffId.toString(), grid.path())
            .withSummary(
                "grid=" + grid.code() + " role=" + staff.role() + " person=" + staff.person()));
  }

  /** Who holds a role in a grid, by name. */
  public record Holder(UUID person, String name) {}

  /**
   * For the module's own views (the caller checks access): the holder of a role in each of these
   * grids — the one appointed first where several share it; places without one are left out.
   */
  public Map<RegionCode, Holder> holders(
      java.util.Collection<RegionCode> grids, GridStaffRole role) {
    if (grids.isEmpty()) {
      return Map.of();
    }
    List<GridStaff> staff =
        em.createQuery(
                "select s from GridStaff s where s.gridCode in :codes and s.role = :role"
                    + " order by s.since, s.id",
                GridStaff.class)
            .setParameter("codes", grids.stream().map(RegionCode::value).toList())
            .setParameter("role", role)
            .getResultList();
    Map<UUID, String> names = people.namesOf(staff.stream().map(GridStaff::person).toList());
    Map<RegionCode, Holder> holders = new java.util.HashMap<>();
    for (GridStaff s : staff) {
      holders.putIfAbsent(s.gridCode(), new Holder(s.person(), names.get(s.person())));
    }
    return holders;
  }

  /** Views of grids: staff, names and register sizes in a fixed number of queries. */
  private List<GridView> views(List<Region> grids) {
    if (grids.isEmpty()) {
      return List.of();
    }
    List<RegionCode> codes = grids.stream().map(Region::code).toList();
    Map<RegionCode, List<StaffView>> staff =
        staffViews(
                em.createQuery(
                        "select s from GridStaff s where s.gridCode in :codes", GridStaff.class)
                    .setParameter("codes", codes.stream().map(RegionCode::value).toList())
                    .getResultList())
            .stream()
            .collect(
                Collectors.groupingBy(
                    StaffGrid::grid, Collectors.mapping(StaffGrid::view, Collectors.toList())));
    Map<RegionCode, Region> communities =
        regions.findAll(grids.stream().map(Region::parentCode).filter(Objects::nonNull).toList());
    Map<RegionCode, ResidentRegister.Size> sizes = register.sizes(codes);
    return grids.stream()
        .map(
            grid -> {
              Region community = communities.get(grid.parentCode());
              ResidentRegister.Size size = sizes.get(grid.code());
              return new GridView(
                  grid.code(),
                  grid.name(),
                  grid.parentCode(),
                  community == null ? grid.parentCode().value() : community.name(),
                  size.buildings(),
                  size.dwellings(),
                  size.residents(),
                  staff.getOrDefault(grid.code(), List.of()));
            })
        .toList();
  }

  private record StaffGrid(RegionCode grid, StaffView view) {}

  private List<StaffGrid> staffViews(List<GridStaff> staff) {
    Map<UUID, String> names = people.namesOf(staff.stream().map(GridStaff::person).toList());
    Map<UUID, String> buildings =
        register.buildingNames(
            staff.stream()
                .map(GridStaff::building)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return staff.stream()
        .sorted(
            Comparator.comparing(GridStaff::role)
                .thenComparing(s -> buildings.getOrDefault(s.building(), ""))
                .thenComparing(s -> s.unit() == null ? "" : s.unit())
                .thenComparing(GridStaff::since))
        .map(
            s ->
                new StaffGrid(
                    s.gridCode(),
                    new StaffView(
                        s.id(),
                        s.person(),
                        names.get(s.person()),
                        s.role(),
                        s.role().label().in(language.get()),
                        s.building(),
                        s.building() == null ? null : buildings.get(s.building()),
                        s.unit(),
                        ShaodianTime.at(s.since()))))
        .toList();
  }
}
