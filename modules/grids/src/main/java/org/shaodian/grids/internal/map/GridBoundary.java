package org.shaodian.grids.internal.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The boundary of a compound grid (网格边界): a polygon of the map, which may not overlap the boundary
 * of another grid of the same community (touching along an edge is fine), and within which every
 * feature of the grid lies.
 */
@Entity
@Table(name = "grids_boundary")
public class GridBoundary {

  /** Where the outline comes in a request: the GeoJSON Polygon's coordinates. */
  static final String FIELD = "coordinates";

  @Id
  @Column(name = "grid_code", length = 15)
  private String gridCode;

  @Column(name = "community_code", nullable = false, length = 15)
  private String communityCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false, length = 100_000)
  private String geometry;

  @Column(name = "min_lon", nullable = false)
  private double minLon;

  @Column(name = "min_lat", nullable = false)
  private double minLat;

  @Column(name = "max_lon", nullable = false)
  private double maxLon;

  @Column(name = "max_lat", nullable = false)
  private double maxLat;

  @Version private long version;

  @Column(name = "drawn_at", nullable = false)
  private Instant drawnAt;

  @Transient private Polygon outline;

  protected GridBoundary() {}

  /**
   * The boundary of a grid, drawn for the first time: see {@link #redraw} for the rules and their
   * arguments.
   */
  static GridBoundary draw(
      Region grid,
      MapLocation.Area area,
      Collection<GridBoundary> neighbours,
      Map<RegionCode, String> names,
      Collection<MapFeature> features,
      Instant now) {
    GridBoundary boundary = new GridBoundary();
    boundary.gridCode = grid.code().value();
    boundary.communityCode = grid.parentCode().value();
    boundary.regionPath = grid.path();
    boundary.redraw(area, neighbours, names, features, now);
    return boundary;
  }

  /**
   * Draws the boundary anew. A 400 naming {@code coordinates}, and nothing changes, when the
   * outline is not a valid polygon inside China, when it overlaps the boundary of another grid of
   * the community ({@code neighbours}: those whose boxes meet it, with their grids' {@code names}),
   * or when it would leave one of the grid's {@code features} outside.
   */
  void redraw(
      MapLocation.Area area,
      Collection<GridBoundary> neighbours,
      Map<RegionCode, String> names,
      Collection<MapFeature> features,
      Instant now) {
    Polygon drawn = MapGeometry.checkedArea(area, FIELD);
    for (MapFeature feature : features) {
      if (!drawn.covers(feature.shape())) {
        throw Problem.invalid(
            FIELD,
            Text.of(
                "网格的要素“" + feature.name() + "”将落在新边界之外:请先移动该要素",
                "the grid's feature \"" + feature.name() + "\" would lie outside: move it first"));
      }
    }
    for (GridBoundary neighbour : neighbours) {
      if (!neighbour.gridCode.equals(gridCode)
          && neighbour.communityCode.equals(communityCode)
          && MapGeometry.overlap(drawn, neighbour.outline())) {
        String name = names.getOrDefault(neighbour.grid(), neighbour.gridCode);
        throw Problem.invalid(
            FIELD,
            Text.of(
                "与" + name + "的边界重叠(相邻网格只能共用边线)",
                "overlaps the boundary of " + name + " (neighbouring grids may only share edges)"));
      }
    }
    StoredLocation stored = StoredLocation.of(drawn);
    outline = drawn;
    geometry = stored.geoJson();
    Envelope box = stored.box();
    minLon = box.getMinX();
    minLat = box.getMinY();
    maxLon = box.getMaxX();
    maxLat = box.getMaxY();
    drawnAt = now;
  }

  /** Whether a location lies within the boundary (on its edge counts as within). */
  boolean covers(Geometry location) {
    return outline().covers(location);
  }

  public RegionCode grid() {
    return RegionCode.of(gridCode);
  }

  public RegionCode community() {
    return RegionCode.of(communityCode);
  }

  public String regionPath() {
    return regionPath;
  }

  /** The outline as JTS sees it. */
  public Polygon outline() {
    if (outline == null) {
      outline = (Polygon) MapGeometry.geometry(GeoJson.parse(geometry));
    }
    return outline;
  }

  public MapLocation.Area area() {
    return (MapLocation.Area) GeoJson.parse(geometry);
  }

  public Envelope box() {
    return new Envelope(minLon, maxLon, minLat, maxLat);
  }

  public long version() {
    return version;
  }

  public Instant drawnAt() {
    return drawnAt;
  }
}
