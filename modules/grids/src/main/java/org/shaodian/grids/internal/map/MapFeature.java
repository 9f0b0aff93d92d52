package org.shaodian.grids.internal.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.shaodian.grids.api.MapColour;
import org.shaodian.grids.api.MapFeatureDetails;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.grids.api.MapReference;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.kernel.api.text.TextRules;

/**
 * A feature of the four-colour map: a supply point, a checkpoint, a testing point or a restricted
 * passage of a grid, a community or a town, at a point or over an area. A feature of a grid lies
 * within the grid's boundary when it has one. Another module's feature carries its {@link
 * MapReference} and is changed through that module only.
 */
@Entity
@Table(name = "grids_map_feature")
public class MapFeature {

  /** The places a feature belongs to: a grid, a community or village, a town. */
  static final Set<RegionLevel> PLACES =
      EnumSet.of(RegionLevel.TOWN, RegionLevel.VILLAGE, RegionLevel.GRID);

  static final int MAX_NAME = 100;
  static final int MAX_HOURS = 100;
  static final int MAX_CONTACT = 100;

  /**
   * A mainland mobile number, with the separators people type: the map is public to every reader of
   * the jurisdiction, so its contacts are offices' phones, never a person's mobile.
   */
  private static final Pattern MOBILE =
      Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]){8}(?![0-9])");

  @Id private UUID id;

  @Column(name = "region_code", nullable = false, length = 15)
  private String regionCode;

  @Column(name = "grid_code", length = 15)
  private String gridCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MapColour colour;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

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

  @Column(length = MAX_HOURS)
  private String hours;

  @Column(length = MAX_CONTACT)
  private String contact;

  @Column(length = 30)
  private String source;

  @Column(length = 100)
  private String reference;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Transient private Geometry shape;

  protected MapFeature() {}

  /**
   * Places a feature in a region (a grid, community or town the caller may draw in), within the
   * grid's {@code boundary} when the region is a grid that has one (null otherwise); {@code
   * reference} is the thing of another module it shows, or null. A 400 naming the field when a rule
   * is broken.
   */
  static MapFeature place(
      Region region,
      GridBoundary boundary,
      MapFeatureDetails details,
      MapReference reference,
      Instant now) {
    MapFeature feature = new MapFeature();
    feature.id = UUID.randomUUID();
    feature.createdAt = now;
    if (reference != null) {
      feature.source = reference.source();
      feature.reference = reference.reference();
    }
    feature.apply(region, boundary, details, now);
    return feature;
  }

  /**
   * Moves or changes the feature, by the same rules as {@link #place}; the names of the fields that
   * changed, for the audit.
   */
  Set<String> change(Region region, GridBoundary boundary, MapFeatureDetails details, Instant now) {
    String before = geometry;
    Set<String> changed = new TreeSet<>();
    if (!regionCode.equals(details.region().value())) {
      changed.add("region");
    }
    if (colour != details.colour()) {
      changed.add("colour");
    }
    if (!name.equals(details.name() == null ? null : details.name().strip())) {
      changed.add("name");
    }
    if (!Objects.equals(hours, blankToNull(details.hours()))) {
      changed.add("hours");
    }
    if (!Objects.equals(contact, blankToNull(details.contact()))) {
      changed.add("contact");
    }
    apply(region, boundary, details, now);
    if (!geometry.equals(before)) {
      changed.add("location");
    }
    return changed;
  }

  /**
   * A feature of another module is that module's to change: the map's own operations refuse it
   * (409), so that the map always says what the module says.
   */
  void requireDrawnOnTheMap() {
    if (source != null) {
      throw Problem.conflict(
          Text.of(
              "该要素由 " + source + " 模块维护(编号 " + reference + "),请在该模块中修改",
              "This feature is kept by the "
                  + source
                  + " module (its id "
                  + reference
                  + "): change it there"));
    }
  }

  private void apply(Region region, GridBoundary boundary, MapFeatureDetails details, Instant now) {
    if (!PLACES.contains(region.level())) {
      throw Problem.invalid(
          "region",
          Text.of(
              "要素属于网格、村社区或镇街", "a feature belongs to a grid, a village or community, or a town"));
    }
    String checkedName = TextRules.requireName("name", details.name(), MAX_NAME);
    String checkedHours =
        TextRules.requireFreeText("hours", blankToNull(details.hours()), MAX_HOURS);
    String checkedContact =
        TextRules.requireFreeText("contact", blankToNull(details.contact()), MAX_CONTACT);
    if (checkedContact != null && MOBILE.matcher(checkedContact).find()) {
      throw Problem.invalid(
          "contact",
          Text.of(
              "联系方式填单位电话(如 社区服务中心 0571-6470xxxx),不填个人手机号",
              "an office's phone (such as 社区服务中心 0571-6470xxxx), not a person's mobile number"));
    }
    StoredLocation checked = StoredLocation.of(details.location(), "location");
    if (boundary != null && !boundary.covers(checked.shape())) {
      throw Problem.invalid(
          "location", Text.of("不在所属网格的边界内", "lies outside the boundary of its grid"));
    }
    regionCode = region.code().value();
    gridCode = region.level() == RegionLevel.GRID ? region.code().value() : null;
    regionPath = region.path();
    colour = details.colour();
    name = checkedName;
    hours = checkedHours;
    contact = checkedContact;
    shape = checked.shape();
    geometry = checked.geoJson();
    Envelope box = checked.box();
    minLon = box.getMinX();
    minLat = box.getMinY();
    maxLon = box.getMaxX();
    maxLat = box.getMaxY();
    updatedAt = now;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public UUID id() {
    return id;
  }

  public RegionCode region() {
    return RegionCode.of(regionCode);
  }

  /** The grid it lies in when its place is a grid; null for a community's or town's feature. */
  public RegionCode grid() {
    return gridCode == null ? null : RegionCode.of(gridCode);
  }

  public String regionPath() {
    return regionPath;
  }

  public MapColour colour() {
    return colour;
  }

  public String name() {
    return name;
  }

  public MapLocation location() {
    return GeoJson.parse(geometry);
  }

  /** The location as JTS sees it. */
  public Geometry shape() {
    if (shape == null) {
      shape = MapGeometry.geometry(location());
    }
    return shape;
  }

  /** The box around the location. */
  public Envelope box() {
    return new Envelope(minLon, maxLon, minLat, maxLat);
  }

  public String hours() {
    return hours;
  }

  public String contact() {
    return contact;
  }

  /** The thing of another module it shows, or null when it was drawn on the map itself. */
  public MapReference reference() {
    return source == null ? null : MapReference.of(source, reference);
  }

  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
