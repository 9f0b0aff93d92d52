package org.shaodian.grids.internal.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.personal.PersonalData;
import org.shaodian.kernel.api.personal.RevealedValue;
import org.shaodian.kernel.api.personal.Reveals;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;

/**
 * A grid's register: buildings, their dwellings, and the residents of each. Each method is one
 * transaction (joining the caller's): the role is checked before it starts ({@link GridAccess}); a
 * write loads the record, checks the jurisdiction (and the version) against what it loaded, changes
 * it through the entity and audits, in that transaction. Personal data leaves masked.
 */
@UnitOfWork
@ApplicationScoped
public class ResidentRegister {

  static final Text GRID = Text.of("网格", "Grid");
  static final Text BUILDING = Text.of("楼栋", "Building");
  static final Text DWELLING = Text.of("住户", "Dwelling");
  static final Text RESIDENT = Text.of("居民", "Resident");

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject Reveals reveals;

  /** A grid the caller may act on: 404 alike for a region that is not a grid or lies outside. */
  public Region grid(RegionCode code, GridPermission permission) {
    Region grid = access.require(permission, code);
    if (grid.level() != RegionLevel.GRID) {
      throw Problem.notFound(GRID);
    }
    return grid;
  }

  // ---- buildings and dwellings

  @GridAccess(GridPermission.GRIDS_READ)
  public Page<BuildingView> buildings(RegionCode gridCode, PageRequest page) {
    Region grid = grid(gridCode, GridPermission.GRIDS_READ);
    Page<Building> buildings =
        KeysetQuery.of(em, Building.class, "b")
            .where("b.gridCode = :grid", "grid", grid.code().value())
            .orderBy("b.nameKey", Building::nameKey)
            .orderBy("b.id", Building::id)
            .fetch(page);
    return buildings.mapAll(this::buildingViews);
  }

  @GridAccess(GridPermission.REGISTER_WRITE)
  public BuildingView addBuilding(RegionCode gridCode, String name) {
    Region grid = grid(gridCode, GridPermission.REGISTER_WRITE);
    Building building = Building.of(grid, name.strip(), clock.instant());
    em.persist(building);
    em.flush();
    audit.record(
        AuditEvent.of(RegisterAudit.ADDED, RegisterAudit.BUILDING, idOf(building.id()), grid.path())
            .withSummary("grid=" + grid.code()));
    return new BuildingView(
        building.id(), building.gridCode(), building.name(), 0, 0, building.version(), List.of());
  }

  /** One building with its dwellings by unit and room, and how many live in each. */
  @GridAccess(GridPermission.GRIDS_READ)
  public BuildingView building(UUID id) {
    Building building = findBuilding(id, GridPermission.GRIDS_READ);
    List<Dwelling> dwellings =
        em.createQuery(
                "select d from Dwelling d where d.building = :building order by d.unit, d.room",
                Dwelling.class)
            .setParameter("building", id)
            .getResultList();
    Map<UUID, Long> residents = residentsPer("r.dwelling", "r.dwelling in :ids", ids(dwellings));
    List<DwellingView> rooms =
        dwellings.stream()
            .map(d -> DwellingView.of(d, building, residents.getOrDefault(d.id(), 0L).intValue()))
            .toList();
    return new BuildingView(
        building.id(),
        building.gridCode(),
        building.name(),
        rooms.size(),
        rooms.stream().mapToInt(DwellingView::residents).sum(),
        building.version(),
        rooms);
  }

  @GridAccess(GridPermission.REGISTER_WRITE)
  public DwellingView addDwelling(UUID buildingId, String unit, String room) {
    Building building = findBuilding(buildingId, GridPermission.REGISTER_WRITE);
    Dwelling dwelling =
        building.dwelling(unit == null ? "" : unit.strip(), room.strip(), clock.instant());
    em.persist(dwelling);
    em.flush();
    audit.record(
        AuditEvent.of(
                RegisterAudit.ADDED,
                RegisterAudit.DWELLING,
                idOf(dwelling.id()),
                building.regionPath())
            .withSummary("building=" + building.id()));
    return DwellingView.of(dwelling, building, 0);
  }

  // ---- residents

  /**
   * The residents a query matches within the caller's jurisdiction, by grid and then name in pinyin
   * order; one index ({@code grids_resident_page}) serves the filter and the order.
   */
  @GridAccess(GridPermission.GRIDS_READ)
  public Page<ResidentView> residents(ResidentQuery query, PageRequest page) {
    JurisdictionScope scope = access.scope(GridPermission.GRIDS_READ, query.region());
    KeysetQuery<Resident> residents =
        KeysetQuery.of(em, Resident.class, "r").within("r.regionPath", scope);
    if (query.dwelling() != null) {
      residents.where("r.dwelling = :dwelling", "dwelling", query.dwelling());
    }
    if (query.building() != null) {
      residents.where(
          "r.dwelling in (select d.id from Dwelling d where d.building = :building)",
          "building",
          query.building());
    }
    if (query.flag() != null) {
      residents.where(
          switch (query.flag()) {
            case ELDERLY_LIVING_ALONE -> "r.elderlyLivingAlone = true";
            case NEEDS_HELP -> "r.needsHelp = true";
            case PARTY_MEMBER -> "r.partyMember = true";
            case SERVING_PARTY_MEMBER -> "r.servingPartyMember = true";
          });
    }
    return residents
        .whereContains("r.name", query.nameContains())
        .orderBy("r.regionPath", Resident::regionPath)
        .orderBy("r.nameKey", Resident::nameKey)
        .orderBy("r.id", Resident::id)
        .fetch(page)
        .mapAll(this::residentViews);
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public ResidentView resident(UUID id) {
    return residentViews(List.of(findResident(id, GridPermission.GRIDS_READ))).get(0);
  }

  @GridAccess(GridPermission.REGISTER_WRITE)
  public ResidentView register(ResidentDetails details, UUID dwellingId) {
    Dwelling dwelling = findDwelling(dwellingId, GridPermission.REGISTER_WRITE);
    Resident resident = Resident.register(details, dwelling, clock.instant());
    em.persist(resident);
    em.flush();
    audit.record(
        AuditEvent.of(
                RegisterAudit.REGISTERED,
                RegisterAudit.RESIDENT,
                idOf(resident.id()),
                dwelling.regionPath())
            .withSummary("dwelling=" + dwelling.id()));
    return residentViews(List.of(resident)).get(0);
  }

  @GridAccess(GridPermission.REGISTER_WRITE)
  public ResidentView change(
      UUID id, long expectedVersion, ResidentDetails details, UUID dwellingId) {
    Resident resident = findResident(id, GridPermission.REGISTER_WRITE);
    Versions.require(expectedVersion, resident.version());
    Dwelling to = findDwelling(dwellingId, GridPermission.REGISTER_WRITE);
    String before = resident.regionPath();
    Set<String> changed = resident.change(details, to, clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(RegisterAudit.UPDATED, RegisterAudit.RESIDENT, idOf(id), before)
            .withSummary("changed=" + changed));
    if (!before.equals(to.regionPath())) {
      audit.record(
          AuditEvent.of(RegisterAudit.MOVED_IN, RegisterAudit.RESIDENT, idOf(id), to.regionPath())
              .withSummary("from=" + before));
    }
    return residentViews(List.of(resident)).get(0);
  }

  /** The resident has left the grid's register (moved away, deceased): the entry is removed. */
  @GridAccess(GridPermission.REGISTER_WRITE)
  public void moveOut(UUID id, long expectedVersion) {
    Resident resident = findResident(id, GridPermission.REGISTER_WRITE);
    Versions.require(expectedVersion, resident.version());
    em.remove(resident);
    em.flush();
    audit.record(
        AuditEvent.of(
                RegisterAudit.MOVED_OUT, RegisterAudit.RESIDENT, idOf(id), resident.regionPath())
            .withSummary("dwelling=" + resident.dwelling()));
  }

  /**
   * A resident's full ID number or phone, for a stated reason: recorded, audited and counted
   * against the caller's hourly allowance by the kernel ({@link Reveals}). 404 when there is none.
   */
  @GridAccess(GridPermission.REGISTER_REVEAL)
  public RevealedValue reveal(UUID id, String field, String reason) {
    Resident resident = findResident(id, GridPermission.REGISTER_REVEAL);
    PersonalData value =
        switch (field) {
          case "idNumber" -> resident.idNumber();
          case "phone" -> resident.phone();
          default -> throw new IllegalArgumentException("no personal field " + field);
        };
    if (value == null) {
      throw Problem.notFound(Text.of("电话号码", "Phone number"));
    }
    return reveals.reveal(
        new Reveals.Request(
            RegisterAudit.RESIDENT, idOf(id), resident.regionPath(), field, reason.strip()),
        value);
  }

  // ---- for the module's own views (no access check: the callers check)

  /** How many buildings, dwellings and residents each grid's register holds. */
  public record Size(int buildings, int dwellings, int residents) {
    static final Size EMPTY = new Size(0, 0, 0);
  }

  /** The size of each grid's register, in three queries whatever the number of grids. */
  public Map<RegionCode, Size> sizes(Collection<RegionCode> grids) {
    if (grids.isEmpty()) {
      return Map.of();
    }
    List<String> codes = grids.stream().map(RegionCode::value).distinct().toList();
    Map<String, Long> buildings =
        countsByGrid("select b.gridCode, count(b) from Building b", codes);
    Map<String, Long> dwellings =
        countsByGrid(
            "select b.gridCode, count(d) from Dwelling d, Building b where d.building = b.id",
            codes);
    Map<String, Long> residents =
        countsByGrid(
            "select b.gridCode, count(r) from Resident r, Dwelling d, Building b"
                + " where r.dwelling = d.id and d.building = b.id",
            codes);
    Map<RegionCode, Size> sizes = new HashMap<>();
    for (String code : codes) {
      sizes.put(
          RegionCode.of(code),
          new Size(
              buildings.getOrDefault(code, 0L).intValue(),
              dwellings.getOrDefault(code, 0L).intValue(),
              residents.getOrDefault(code, 0L).intValue()));
    }
    return sizes;
  }

  private Map<String, Long> countsByGrid(String select, List<String> codes) {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery(
            select
                + (select.contains(" where ") ? " and" : " where")
                + " b.gridCode in :codes group by b.gridCode",
            Object[].class)
        .setParameter("codes", codes)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  /** A building of the grid, for a building or corridor head: 400 naming the field otherwise. */
  public Building buildingOf(Region grid, UUID buildingId, String unit) {
    Building building = em.find(Building.class, buildingId);
    if (building == null || !building.gridCode().equals(grid.code())) {
      throw Problem.invalid("building", Text.of("本网格没有这个楼栋", "no such building in this grid"));
    }
    if (unit != null
        && em.createQuery(
                    "select count(d) from Dwelling d where d.building = :b and d.unit = :unit",
                    Long.class)
                .setParameter("b", buildingId)
                .setParameter("unit", unit)
                .getSingleResult()
            == 0) {
      throw Problem.invalid("unit", Text.of("该楼栋没有这个单元", "the building has no such unit"));
    }
    return building;
  }

  /** The names of buildings, by id. */
  public Map<UUID, String> buildingNames(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<UUID, String> names = new HashMap<>();
    em.createQuery("select b.id, b.name from Building b where b.id in :ids", Object[].class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .forEach(row -> names.put((UUID) row[0], (String) row[1]));
    return names;
  }

  // ---- look-ups and views

  private Building findBuilding(UUID id, GridPermission permission) {
    Building building = em.find(Building.class, id);
    access.requireWithin(permission, building == null ? null : building.regionPath(), BUILDING);
    return building;
  }

  private Dwelling findDwelling(UUID id, GridPermission permission) {
    Dwelling dwelling = em.find(Dwelling.class, id);
    if (dwelling == null) {
      throw Problem.invalid("dwelling", Text.of("没有这个住户", "no such dwelling"));
    }
    access.requireWithin(permission, dwelling.regionPath(), DWELLING);
    return dwelling;
  }

  private Resident findResident(UUID id, GridPermission permission) {
    Resident resident = em.find(Resident.class, id);
    access.requireWithin(permission, resident == null ? null : resident.regionPath(), RESIDENT);
    return resident;
  }

  /** Views of a page of buildings: dwellings and residents counted in one query each. */
  private List<BuildingView> buildingViews(List<Building> buildings) {
    if (buildings.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = buildings.stream().map(Building::id).toList();
    Map<UUID, Long> dwellings = new HashMap<>();
    em.createQuery(
            "select d.building, count(d) from Dwelling d where d.building in :ids"
                + " group by d.building",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> dwellings.put((UUID) row[0], (Long) row[1]));
    Map<UUID, Long> residents = new HashMap<>();
    em.createQuery(
            "select d.building, count(r) from Resident r, Dwelling d where r.dwelling = d.id"
                + " and d.building in :ids group by d.building",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> residents.put((UUID) row[0], (Long) row[1]));
    return buildings.stream()
        .map(
            b ->
                new BuildingView(
                    b.id(),
                    b.gridCode(),
                    b.name(),
                    dwellings.getOrDefault(b.id(), 0L).intValue(),
                    residents.getOrDefault(b.id(), 0L).intValue(),
                    b.version(),
                    null))
        .toList();
  }

  /** Views of a page of residents: their dwellings, buildings and grids in one query each. */
  private List<ResidentView> residentViews(List<Resident> residents) {
    if (residents.isEmpty()) {
      return List.of();
    }
    Map<UUID, Dwelling> dwellings =
        byId(
            em.createQuery("select d from Dwelling d where d.id in :ids", Dwelling.class)
                .setParameter("ids", residents.stream().map(Resident::dwelling).distinct().toList())
                .getResultList(),
            Dwelling::id);
    Map<UUID, Building> buildings =
        byId(
            em.createQuery("select b from Building b where b.id in :ids", Building.class)
                .setParameter(
                    "ids", dwellings.values().stream().map(Dwelling::building).distinct().toList())
                .getResultList(),
            Building::id);
    Map<RegionCode, Region> grids =
        regions.findAll(
            buildings.values().stream().map(Building::gridCode).collect(Collectors.toSet()));
    return residents.stream()
        .map(
            r -> {
              Dwelling dwelling = dwellings.get(r.dwelling());
              Building building = buildings.get(dwelling.building());
              Region grid = grids.get(building.gridCode());
              return new ResidentView(
                  r.id(),
                  r.name(),
                  r.idNumber(),
                  r.phone(),
                  r.relation(),
                  r.flags().stream().sorted().toList(),
                  DwellingView.of(dwelling, building, null),
                  building.gridCode(),
                  grid == null ? building.gridCode().value() : grid.name(),
                  r.version(),
                  ShaodianTime.at(r.registeredAt()),
                  ShaodianTime.at(r.updatedAt()));
            })
        .toList();
  }

  private Map<UUID, Long> residentsPer(String key, String condition, Collection<UUID> ids) {
    Map<UUID, Long> counts = new HashMap<>();
    if (ids.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "select " + key + ", count(r) from Resident r where " + condition + " group by " + key,
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
    return counts;
  }

  private static List<UUID> ids(List<Dwelling> dwellings) {
    return dwellings.stream().map(Dwelling::id).toList();
  }

  private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
    return items.stream().collect(Collectors.toMap(id, item -> item));
  }

  private static String idOf(UUID id) {
    return id.toString();
  }
}
