package org.shaodian.kernel.api.personal;

import java.util.Objects;

/**
 * The common shape of the personal-data types: one normalised text value, equal by value, and
 * masked in {@code toString()} (so in logs and string concatenation) as everywhere else.
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
