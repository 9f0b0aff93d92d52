package org.shaodian.rosters.api;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How many people a post needs in one duty, per shift, and what they must be qualified for (on top
 * of what the duty itself implies, {@link DutyRole#impliedQualifications()}). {@code shifts} names
 * the shifts the need applies to; empty means every shift of the pattern.
 */
public record StaffingNeed(
    DutyRole role, int headcount, Set<Qualification> qualifications, Set<Integer> shifts) {

  public static final int MAX_HEADCOUNT = 50;

  public StaffingNeed {
    Objects.requireNonNull(role, "role");
    qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
    shifts = shifts == null ? Set.of() : Set.copyOf(shifts);
  }

  public static StaffingNeed of(DutyRole role, int headcount, Qualification... qualifications) {
    return new StaffingNeed(role, headcount, Set.of(qualifications), Set.of());
  }

  public boolean appliesTo(int shiftNo) {
    return shifts.isEmpty() || shifts.contains(shiftNo);
  }

  /** What a holder of this need's seats must be qualified for. */
  public Set<Qualification> required() {
    Set<Qualification> required = role.impliedQualifications();
    required.addAll(qualifications);
    return required.isEmpty() ? Set.of() : EnumSet.copyOf(required);
  }
}
