package org.shaodian.grids.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * A case of home health management to open: who, in which grid (or village), what kind, from when,
 * and its schedule — leave {@code days}, {@code visitEvery} or {@code testDays} null for the kind's
 * own.
 */
public record HomeCaseDetails(
    String name,
    IdNumber idNumber,
    PhoneNumber phone,
    RegionCode place,
    HomeCaseKind kind,
    LocalDate startsOn,
    Integer days,
    Integer visitEvery,
    Set<Integer> testDays) {

  public HomeCaseDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(startsOn, "startsOn");
    testDays = testDays == null ? null : Set.copyOf(testDays);
  }
}
