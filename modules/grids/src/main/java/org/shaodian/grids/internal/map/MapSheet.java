package org.shaodian.grids.internal.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.shaodian.kernel.api.region.Region;

/**
 * A community's sheet of the four-colour map. That no two grid boundaries of a community overlap is
 * a rule over many rows that no portable database constraint can state (no PostGIS); so every
 * boundary write locks its community's sheet before it compares outlines, and two writes in one
 * community take turns. The first boundary of a community creates the sheet; two first ones at the
 * same moment meet at its primary key, and the second is refused (409) rather than let through.
 */
@Entity
@Table(name = "grids_map_sheet")
public class MapSheet {

  @Id
  @Column(name = "community_code", length = 15)
  private String communityCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected MapSheet() {}

  static MapSheet of(Region community, Instant now) {
    MapSheet sheet = new MapSheet();
    sheet.communityCode = community.code().value();
    sheet.regionPath = community.path();
    sheet.changedAt = now;
    return sheet;
  }

  /** A boundary of the community changed. */
  void changed(Instant now) {
    changedAt = now;
  }

  public String communityCode() {
    return communityCode;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
