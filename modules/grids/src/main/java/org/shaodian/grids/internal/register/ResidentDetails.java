package org.shaodian.grids.internal.register;

import java.util.Set;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.grids.api.ResidentFlag;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;

/** What the register records of a resident, as checked domain values. */
public record ResidentDetails(
    String name,
    IdNumber idNumber,
    PhoneNumber phone,
    HouseholdRelation relation,
    Set<ResidentFlag> flags) {

  public ResidentDetails {
    flags = Set.copyOf(flags);
  }
}
