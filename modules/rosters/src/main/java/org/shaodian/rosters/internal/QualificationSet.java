package org.shaodian.rosters.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.shaodian.rosters.api.Qualification;

/**
 * A set of qualifications in one column, as their names joined by commas in declaration order
 * ("SWAB_SAMPLING,SHIFT_LEADERSHIP"): a need's qualifications are read with the need, never
 * queried. Kept as text in the entity (Hibernate cannot hash a converted collection inside an
 * element collection).
 */
public final class QualificationSet {

  private QualificationSet() {}

  public static String join(Set<Qualification> qualifications) {
    return qualifications == null || qualifications.isEmpty()
        ? ""
        : EnumSet.copyOf(qualifications).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  public static Set<Qualification> split(String column) {
    if (column == null || column.isBlank()) {
      return EnumSet.noneOf(Qualification.class);
    }
    return Arrays.stream(column.split(","))
        .map(Qualification::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Qualification.class)));
  }
}
