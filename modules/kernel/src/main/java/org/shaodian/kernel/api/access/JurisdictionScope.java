package org.shaodian.kernel.api.access;

import org.shaodian.kernel.api.region.Region;

/**
 * The subtree of regions a caller may see. Modules keep the region path of each record they own and
 * filter queries with {@link #pathPattern()}, e.g. {@code where p.regionPath like :scope}.
 */
public record JurisdictionScope(Region root) {

  /** A SQL/JPQL {@code LIKE} pattern matching the paths of the root and everything below it. */
  public String pathPattern() {
    return root.path() + "%";
  }

  public boolean covers(Region region) {
    return region.isWithin(root);
  }

  public boolean covers(String regionPath) {
    return regionPath != null && regionPath.startsWith(root.path());
  }
}
