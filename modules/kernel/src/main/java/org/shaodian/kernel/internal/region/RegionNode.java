package org.shaodian.kernel.internal.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** A node of the administrative tree as stored; the modules see it as a {@link Region}. */
@Entity
@Table(name = "kernel_region")
public class RegionNode {

  @Id
  @Column(length = 15)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "name_en", length = 200)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RegionLevel level;

  @Column(name = "parent_code", length = 15)
  private String parentCode;

  @Column(nullable = false, length = 255)
  private String path;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected RegionNode() {}

  Region toRegion() {
    return new Region(
        RegionCode.of(code),
        name,
        nameEn,
        level,
        parentCode == null ? null : RegionCode.of(parentCode),
        path);
  }
}
