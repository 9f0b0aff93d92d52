package org.shaodian.rosters.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * A post as opened or changed: its name and kind, the region it lies in (whose commanders staff
 * it), the team that staffs it if one does, its shifts and its needs per shift.
 */
public record PostDetails(
    String name,
    PostKind kind,
    RegionCode region,
    UUID team,
    ShiftPattern pattern,
    List<StaffingNeed> needs) {

  public PostDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(region, "region");
    pattern = pattern == null ? ShiftPattern.THREE_EIGHTS : pattern;
    needs = needs == null ? List.of() : List.copyOf(needs);
  }
}
