package org.shaodian.kernel.api.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The region tree, read-only for the modules. */
public interface Regions {

  Optional<Region> find(RegionCode code);

  /** The region with this code; a 404 problem if there is none. */
  Region get(RegionCode code);

  /**
   * The regions with these codes that exist, in one look-up (for the names on a page of a list).
   */
  Map<RegionCode, Region> findAll(Collection<RegionCode> codes);

  /** The tops of the tree (regions without a parent): what an installation serves. */
  List<Region> roots();

  /** The direct children of a region, by code. */
  List<Region> children(RegionCode code);

  /**
   * The regions of one level within a region (itself included when it is of that level), in tree
   * order: a community's or a town's grids. At most {@code atMost}.
   */
  List<Region> within(Region root, RegionLevel level, int atMost);
}
