package org.shaodian.kernel.internal.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/**
 * A node of the administrative tree as stored; the modules see it as a {@link Region}. A node's
 * place (its parent and path) is fixed when it is added: other modules keep the path with their
 * records for the jurisdiction filters, so a region never moves. Only its names change.
 */
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

  /**
   * The top of a tree, for the bootstrap of an installation: a region with no parent, its level
   * read from its code.
   */
  static RegionNode plantRoot(RegionCode code, String name, String nameEn) {
    return new RegionNode(code, name, nameEn, null, "/" + code.value() + "/", 0);
  }

  /**
   * A region added under {@code parent}, one level below it; its path is the parent's and its own
   * code. {@code sortOrder} places it among its siblings.
   */
  static RegionNode addUnder(
      Region parent, RegionCode code, String name, String nameEn, int sortOrder) {
    if (code.level().above().filter(parent.level()::equals).isEmpty()) {
      throw new IllegalArgumentException(
          "a " + code.level() + " region does not belong under a " + parent.level());
    }
    return new RegionNode(
        code, name, nameEn, parent.code(), parent.path() + code.value() + "/", sortOrder);
  }

  private RegionNode(
      RegionCode code,
      String name,
      String nameEn,
      RegionCode parentCode,
      String path,
      int sortOrder) {
    this.code = code.value();
    this.name = Objects.requireNonNull(name, "name");
    this.nameEn = nameEn;
    this.level = code.level();
    this.parentCode = parentCode == null ? null : parentCode.value();
    this.path = path;
    this.sortOrder = sortOrder;
  }

  /**
   * Gives the region the names of the latest list (the statistics bureau renames places); an absent
   * English name leaves the one it has. Whether anything changed.
   */
  boolean rename(String newName, String newNameEn) {
    String english = newNameEn == null ? nameEn : newNameEn;
    if (name.equals(newName) && Objects.equals(nameEn, english)) {
      return false;
    }
    name = Objects.requireNonNull(newName, "name");
    nameEn = english;
    return true;
  }

  RegionCode code() {
    return RegionCode.of(code);
  }

  String path() {
    return path;
  }

  int sortOrder() {
    return sortOrder;
  }

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
