package org.shaodian.grids.internal;

import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/**
 * Where people live, for the grids' records about them (a returnee's stay, a home health case, a
 * citizen's request): a village, community or compound grid the caller may act in.
 */
public final class Households {

  private Households() {}

  /** The place, checked: 404 outside the jurisdiction, 400 naming {@code field} above a village. */
  public static Region require(
      Access access, GridPermission permission, RegionCode code, String field) {
    Region place = access.require(permission, code);
    if (place.level() != RegionLevel.VILLAGE && place.level() != RegionLevel.GRID) {
      throw Problem.invalid(field, Text.of("须为村、社区或网格", "must be a village, community or grid"));
    }
    return place;
  }
}
