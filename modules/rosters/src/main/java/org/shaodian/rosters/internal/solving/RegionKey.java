package org.shaodian.rosters.internal.solving;

import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/**
 * Where a post stands or a person lives, as far as rostering cares: the town (9-digit code) and the
 * village (12-digit code, or {@code -1} for a place at town level, such as a highway exit or town
 * staff). Read from a region path such as {@code /330000/330100/330182/330182107/330182107201/} by
 * the shape of each code (the kernel's {@link RegionCode#level()}), so paths that start at the city
 * or write towns with 12 digits read the same; a compound grid counts as its village.
 */
record RegionKey(long town, long village) {

  static final RegionKey NOWHERE = new RegionKey(-1, -1);

  static RegionKey of(String path) {
    long town = -1;
    long village = -1;
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || !RegionCode.isValid(segment)) {
        continue;
      }
      RegionLevel level = RegionCode.of(segment).level();
      switch (level) {
        case TOWN -> town = Long.parseLong(segment.substring(0, 9));
        case VILLAGE -> village = Long.parseLong(segment);
        case GRID -> village = Long.parseLong(segment.substring(0, 12));
        default -> {}
      }
    }
    if (village >= 0) {
      town = village / 1000; // a village code starts with its town's nine digits
    }
    return town < 0 ? NOWHERE : new RegionKey(town, village);
  }

  boolean atTownLevel() {
    return village < 0;
  }
}
