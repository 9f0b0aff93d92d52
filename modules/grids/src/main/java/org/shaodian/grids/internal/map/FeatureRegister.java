package org.shaodian.grids.internal.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shaodian.grids.api.MapFeatureDetails;
import org.shaodian.grids.api.MapFeatureView;
import org.shaodian.grids.api.MapFeatures;
import org.shaodian.grids.api.MapReference;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;

/**
 * The features of the four-colour map: drawn on the map by the command office (REST, by id) or kept
 * by another module through {@link MapFeatures} (by its reference). Each method is one transaction,
 * joining the caller's: the role is checked before it starts ({@link GridAccess}); a write loads
 * the feature, checks the jurisdiction (and the version) against what it loaded, places or changes
 * it through the entity — within its grid's boundary — and audits.
 */
@UnitOfWork
@ApplicationScoped
public class FeatureRegister implements MapFeatures {

  static final Text FEATURE = Text.of("网格图要素", "Map feature");

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  // ---- the map's own features, by id (REST)

  @GridAccess(GridPermission.GRIDS_READ)
  public MapFeatureView feature(UUID id) {
    return view(find(id, GridPermission.GRIDS_READ));
  }

  @GridAccess(GridPermission.MAP_WRITE)
  public MapFeatureView add(MapFeatureDetails details) {
    return placed(null, details);
  }

  @GridAccess(GridPermission.MAP_WRITE)
  public MapFeatureView change(UUID id, long expectedVersion, MapFeatureDetails details) {
    MapFeature feature = find(id, GridPermission.MAP_WRITE);
    Versions.require(expectedVersion, feature.version());
    feature.requireDrawnOnTheMap();
    return changed(feature, details);
  }

  @GridAccess(GridPermission.MAP_WRITE)
  public void remove(UUID id, long expectedVersion) {
    MapFeature feature = find(id, GridPermission.MAP_WRITE);
    Versions.require(expectedVersion, feature.version());
    feature.requireDrawnOnTheMap();
    removed(feature);
  }

  // ---- other modules' features, by their reference (the api)

  @Override
  @GridAccess(GridPermission.MAP_WRITE)
  public MapFeatureView place(MapReference reference, MapFeatureDetails details) {
    return placed(Objects.requireNonNull(reference, "reference"), details);
  }

  @Override
  @GridAccess(GridPermission.MAP_WRITE)
  public MapFeatureView update(MapReference reference, MapFeatureDetails details) {
    return changed(byReference(reference, GridPermission.MAP_WRITE), details);
  }

  @Override
  @GridAccess(GridPermission.MAP_WRITE)
  public void remove(MapReference reference) {
    removed(byReference(reference, GridPermission.MAP_WRITE));
  }

  @Override
  @GridAccess(GridPermission.GRIDS_READ)
  public Optional<MapFeatureView> find(MapReference reference) {
    MapFeature feature = lookUp(reference);
    if (feature == null || !access.caller().scope().covers(feature.regionPath())) {
      return Optional.empty();
    }
    return Optional.of(view(feature));
  }

  // ---- the writes

  private MapFeatureView placed(MapReference reference, MapFeatureDetails details) {
    Region region = access.require(GridPermission.MAP_WRITE, details.region());
    MapFeature feature =
        MapFeature.place(region, boundaryOf(region), details, reference, clock.instant());
    em.persist(feature);
    em.flush();
    audit.record(
        AuditEvent.of(
                MapAudit.PLACED, MapAudit.FEATURE, feature.id().toString(), feature.regionPath())
            .withSummary(summary(feature)));
    return view(feature);
  }

  private MapFeatureView changed(MapFeature feature, MapFeatureDetails details) {
    Region region = access.require(GridPermission.MAP_WRITE, details.region());
    String before = feature.regionPath();
    Set<String> changed = feature.change(region, boundaryOf(region), details, clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(MapAudit.CHANGED, MapAudit.FEATURE, feature.id().toString(), before)
            .withSummary("changed=" + changed + " " + summary(feature)));
    return view(feature);
  }

  private void removed(MapFeature feature) {
    em.remove(feature);
    em.flush();
    audit.record(
        AuditEvent.of(
                MapAudit.REMOVED, MapAudit.FEATURE, feature.id().toString(), feature.regionPath())
            .withSummary(summary(feature)));
  }

  private static String summary(MapFeature feature) {
    MapReference reference = feature.reference();
    return "region="
        + feature.region()
        + " colour="
        + feature.colour()
        + (reference == null
            ? ""
            : " source=" + reference.source() + " reference=" + reference.reference());
  }

  /** The boundary a feature of this region must lie within: its grid's, when it has one. */
  private GridBoundary boundaryOf(Region region) {
    return region.level() == RegionLevel.GRID
        ? em.find(GridBoundary.class, region.code().value())
        : null;
  }

  // ---- look-ups and views

  private MapFeature find(UUID id, GridPermission permission) {
    MapFeature feature = em.find(MapFeature.class, id);
    access.requireWithin(permission, feature == null ? null : feature.regionPath(), FEATURE);
    return feature;
  }

  private MapFeature byReference(MapReference reference, GridPermission permission) {
    MapFeature feature = lookUp(reference);
    access.requireWithin(permission, feature == null ? null : feature.regionPath(), FEATURE);
    return feature;
  }

  private MapFeature lookUp(MapReference reference) {
    List<MapFeature> found =
        em.createQuery(
                "select f from MapFeature f where f.source = :source and f.reference = :reference",
                MapFeature.class)
            .setParameter("source", reference.source())
            .setParameter("reference", reference.reference())
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  private MapFeatureView view(MapFeature feature) {
    Region region = regions.find(feature.region()).orElse(null);
    return new MapFeatureView(
        feature.id(),
        feature.region(),
        region == null ? feature.region().value() : region.name(),
        feature.grid(),
        feature.colour(),
        feature.name(),
        feature.location(),
        feature.hours(),
        feature.contact(),
        feature.reference(),
        feature.version(),
        ShaodianTime.at(feature.updatedAt()));
  }
}
