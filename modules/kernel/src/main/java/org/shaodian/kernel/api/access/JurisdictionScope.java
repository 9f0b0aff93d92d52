package org.shaodian.kernel.api.access;

import org.shaodian.kernel.api.region.Region;

/**
 * The subtree of regions a caller may see. Modules keep the region path of each record they own (in
 * byte order: {@code ${collate_c}}) and filter lists with {@code KeysetQuery.within("e.regionPath",
 * scope)}, a range from {@link #pathStart()} to {@link #pathEnd()}.
 */
public record JurisdictionScope(Region root) {

  /**
   * The lowest path within the subtree, the root's own: with {@link #pathEnd()}, a range {@code
   * path >= :start and path < :end} holding exactly the paths within. Unlike {@code LIKE :pattern},
   * a range is an index bound in any plan, including a prepared statement's generic plan, which
   * cannot use a parameter's prefix; it needs a column compared in byte order (C collation on
   * PostgreSQL).
   */
  public String pathStart() {
    return root.path();
  }

  /**
   * The first path after the subtree: the root's path with its closing {@code /} replaced by {@code
   * 0}, the next character, so that every path starting with the root's is below it and every other
   * path above the root's is not.
   */
  public String pathEnd() {
    String path = root.path();
    return path.substring(0, path.length() - 1) + '0';
  }

  public boolean covers(Region region) {
    return region.isWithin(root);
  }

  public boolean covers(String regionPath) {
    return regionPath != null && regionPath.startsWith(root.path());
  }
}
