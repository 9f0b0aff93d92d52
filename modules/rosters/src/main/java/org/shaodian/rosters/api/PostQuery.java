package org.shaodian.rosters.api;

import org.shaodian.kernel.api.region.RegionCode;

/** Which posts to list: within a region of the caller's jurisdiction, of a kind, open or closed. */
public record PostQuery(RegionCode region, PostKind kind, Boolean active) {

  public static PostQuery openIn(RegionCode region) {
    return new PostQuery(region, null, true);
  }
}
