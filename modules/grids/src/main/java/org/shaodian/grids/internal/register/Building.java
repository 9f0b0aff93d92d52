package org.shaodian.grids.internal.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameOrder;

/** A building of a grid (楼栋): its units and rooms are the grid's dwellings. */
@Entity
@Table(name = "grids_building")
public class Building {

  @Id private UUID id;

  @Column(name = "grid_code", nullable = false, length = 15)
  private String gridCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "name_key", nullable = false)
  private byte[] nameKey;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Building() {}

  /** A building of the grid, named as the residents know it ("3幢", "综合楼"). */
  static Building of(Region grid, String name, Instant now) {
    Building building = new Building();
    building.id = UUID.randomUUID();
    building.gridCode = grid.code().value();
    building.regionPath = grid.path();
    building.name = name;
    building.nameKey = NameOrder.key(name);
    building.createdAt = now;
    return building;
  }

  /** A dwelling of this building: a room of one of its units. */
  Dwelling dwelling(String unit, String room, Instant now) {
    return new Dwelling(this, unit, room, now);
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

  public String name() {
    return name;
  }

  public byte[] nameKey() {
    return nameKey.clone();
  }

  public long version() {
    return version;
  }
}
