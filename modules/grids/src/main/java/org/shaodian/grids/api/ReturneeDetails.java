package org.shaodian.grids.api;

import java.time.LocalDate;
import java.util.Objects;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * A returnee as one source registers them (返乡人员): who, where they stay (a village, community or
 * grid), when and how they arrived, where they have been, and whether through a risk area.
 *
 * @param phone may be null
 * @param travel may be null when the source does not know it
 */
public record ReturneeDetails(
    String name,
    IdNumber idNumber,
    PhoneNumber phone,
    RegionCode stay,
    LocalDate arrivedOn,
    TravelMode mode,
    TravelHistory travel,
    boolean throughRiskArea) {

  public ReturneeDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(stay, "stay");
    Objects.requireNonNull(arrivedOn, "arrivedOn");
    Objects.requireNonNull(mode, "mode");
  }
}
