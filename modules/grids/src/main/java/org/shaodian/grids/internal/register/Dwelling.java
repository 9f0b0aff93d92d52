package org.shaodian.grids.internal.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A dwelling (户): a room of a building's unit (单元). A building without units keeps its rooms under
 * the unit {@code ""}. Its residents are the grid worker's households.
 */
@Entity
@Table(name = "grids_dwelling")
public class Dwelling {

  @Id private UUID id;

  @Column(name = "building_id", nullable = false)
  private UUID building;

  @Column(nullable = false, length = 20)
  private String unit;

  @Column(nullable = false, length = 20)
  private String room;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Dwelling() {}

  Dwelling(Building building, String unit, String room, Instant now) {
    this.id = UUID.randomUUID();
    this.building = building.id();
    this.unit = unit == null ? "" : unit;
    this.room = room;
    this.regionPath = building.regionPath();
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID building() {
    return building;
  }

  public String unit() {
    return unit;
  }

  public String room() {
    return room;
  }

  public String regionPath() {
    return regionPath;
  }
}
