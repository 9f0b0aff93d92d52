package org.shaodian.grids.internal.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.grids.internal.register.ResidentRegister;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;

/**
 * The boundaries of compound grids. Each method is one transaction: the role is checked before it
 * starts ({@link GridAccess}); a drawing loads the grid (404 outside the caller's jurisdiction),
 * checks the version, takes its community's {@link MapSheet}, compares the outline with the
 * neighbours' and the grid's features through the entity, and audits.
 */
@UnitOfWork
@ApplicationScoped
public class BoundaryRegister {

  static final Text BOUNDARY = Text.of("网格边界", "Grid boundary");

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject ResidentRegister register;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  /** A grid's boundary as drawn, with its version. */
  public record Drawn(MapLocation.Area area, long version, boolean first) {}

  @GridAccess(GridPermission.GRIDS_READ)
  public Drawn boundary(RegionCode code) {
    register.grid(code, GridPermission.GRIDS_READ);
    GridBoundary boundary = em.find(GridBoundary.class, code.value());
    if (boundary == null) {
      throw Problem.notFound(BOUNDARY);
    }
    return new Drawn(boundary.area(), boundary.version(), false);
  }

  /**
   * Draws a grid's boundary: the first one without a version ({@code expectedVersion} null), a new
   * one over the version it was based on (428 without, 412 when stale; 412 also for a version when
   * there is no boundary yet, as RFC 9110 has If-Match on nothing).
   */
  @GridAccess(GridPermission.MAP_WRITE)
  public Drawn draw(RegionCode code, Long expectedVersion, MapLocation.Area area) {
    Region grid = register.grid(code, GridPermission.MAP_WRITE);
    GridBoundary boundary = em.find(GridBoundary.class, code.value());
    if (boundary == null && expectedVersion != null) {
      throw Problem.staleVersion();
    }
    if (boundary != null) {
      if (expectedVersion == null) {
        throw Problem.preconditionRequired();
      }
      Versions.require(expectedVersion, boundary.version());
    }
    // an outline that breaks a rule of its own takes no lock; the entity checks it again, whole
    Envelope box = MapGeometry.checkedArea(area, GridBoundary.FIELD).getEnvelopeInternal();
    Instant now = clock.instant();
    MapSheet sheet = sheetOf(grid, now);
    List<GridBoundary> neighbours =
        em.createQuery(
                "select b from GridBoundary b where b.communityCode = :community"
                    + " and b.gridCode <> :grid and b.minLon <= :maxLon and b.maxLon >= :minLon"
                    + " and b.minLat <= :maxLat and b.maxLat >= :minLat",
                GridBoundary.class)
            .setParameter("community", grid.parentCode().value())
            .setParameter("grid", code.value())
            .setParameter("minLon", box.getMinX())
            .setParameter("minLat", box.getMinY())
            .setParameter("maxLon", box.getMaxX())
            .setParameter("maxLat", box.getMaxY())
            .getResultList();
    Map<RegionCode, String> names = new HashMap<>();
    regions
        .findAll(neighbours.stream().map(GridBoundary::grid).toList())
        .forEach((neighbour, region) -> names.put(neighbour, region.name()));
    List<MapFeature> features =
        em.createQuery("select f from MapFeature f where f.gridCode = :grid", MapFeature.class)
            .setParameter("grid", code.value())
            .getResultList();
    boolean first = boundary == null;
    if (first) {
      boundary = GridBoundary.draw(grid, area, neighbours, names, features, now);
      em.persist(boundary);
    } else {
      boundary.redraw(area, neighbours, names, features, now);
    }
    sheet.changed(now);
    em.flush();
    audit.record(
        AuditEvent.of(
                first ? MapAudit.DRAWN : MapAudit.REDRAWN,
                MapAudit.BOUNDARY,
                code.value(),
                grid.path())
            .withSummary(
                "positions="
                    + area.rings().stream().mapToInt(List::size).sum()
                    + " features="
                    + features.size()));
    return new Drawn(boundary.area(), boundary.version(), first);
  }

  /**
   * The community's map sheet, locked for this transaction (created by the first boundary of the
   * community): boundary writes in one community take turns.
   */
  private MapSheet sheetOf(Region grid, Instant now) {
    MapSheet sheet =
        em.find(MapSheet.class, grid.parentCode().value(), LockModeType.PESSIMISTIC_WRITE);
    if (sheet == null) {
      sheet = MapSheet.of(regions.get(grid.parentCode()), now);
      em.persist(sheet);
      em.flush();
    }
    return sheet;
  }
}
