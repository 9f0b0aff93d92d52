package org.shaodian.kernel.api.personal;

import java.util.Objects;

/**
 * The common shape of the personal-data types: one normalised text value, equal by value, and
 * masked in {@code toString()} (so in logs and string concatenation) as everywhere else.
 *
 * <p>Immutable, and each type says so to Hibernate ({@code @org.hibernate.annotations.Immutable},
 * which is not inherited): Hibernate then keeps the value itself as an entity's snapshot, where it
 * would otherwise copy it through the sealing converter, a seal and an open of every value on every
 * load and persist.
 */
public abstract class PersonalDataValue implements PersonalData {

  private final String value;

  protected PersonalDataValue(String normalizedValue) {
    this.value = Objects.requireNonNull(normalizedValue);
  }

  /** The full value, for the type's own derivations (masking, birth date …). */
  protected final String value() {
    return value;
  }

  @Override
  public final String reveal() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((PersonalDataValue) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), value);
  }

  @Override
  public final String toString() {
    return masked();
  }
}
