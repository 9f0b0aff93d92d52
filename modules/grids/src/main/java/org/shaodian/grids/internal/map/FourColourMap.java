package org.shaodian.grids.internal.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.shaodian.grids.api.FourColourMapImages;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * The four-colour map of a region: the boundaries of its grids and its features, within the
 * caller's jurisdiction, read in one transaction for the GeoJSON and the drawings alike.
 */
@UnitOfWork
@ApplicationScoped
public class FourColourMap implements FourColourMapImages {

  /** A district has a few hundred grids; the map of a whole city is asked for by region. */
  static final int MAX_BOUNDARIES = 2000;

  static final int MAX_FEATURES = 5000;

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject Clock clock;

  @Override
  @GridAccess(GridPermission.GRIDS_READ)
  public byte[] png(RegionCode region, Language language, int width) {
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      throw new IllegalArgumentException("a map is " + MIN_WIDTH + " to " + MAX_WIDTH + " wide");
    }
    return MapImages.png(of(region), language, width);
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public MapContent of(RegionCode region) {
    JurisdictionScope scope = access.scope(GridPermission.GRIDS_READ, region);
    List<GridBoundary> boundaries =
        atMost(
            KeysetQuery.of(em, GridBoundary.class, "b")
                .within("b.regionPath", scope)
                .orderBy("b.regionPath", GridBoundary::regionPath)
                .list(MAX_BOUNDARIES),
            MAX_BOUNDARIES,
            Text.of("个网格边界", " grid boundaries"));
    List<MapFeature> features =
        atMost(
            KeysetQuery.of(em, MapFeature.class, "f")
                .within("f.regionPath", scope)
                .orderBy("f.regionPath", MapFeature::regionPath)
                .orderBy("f.colour", MapFeature::colour)
                .orderBy("f.id", MapFeature::id)
                .list(MAX_FEATURES),
            MAX_FEATURES,
            Text.of("个要素", " features"));
    Set<RegionCode> places = new TreeSet<>();
    places.add(scope.root().code());
    boundaries.forEach(
        b -> {
          places.add(b.grid());
          places.add(b.community());
        });
    features.forEach(f -> places.add(f.region()));
    Map<RegionCode, Region> named = regions.findAll(places);
    return new MapContent(scope.root(), boundaries, features, named, clock.instant());
  }

  private static <T> List<T> atMost(List<T> items, int max, Text what) {
    if (items.size() > max) {
      throw Problem.invalid(
          "region",
          Text.of(
              "超过 " + max + what.zh() + ",请选择更小的区域",
              "more than " + max + what.en() + "; choose a smaller region"));
    }
    return items;
  }
}
