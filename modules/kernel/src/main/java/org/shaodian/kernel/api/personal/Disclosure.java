package org.shaodian.kernel.api.personal;

/**
 * How a bulk act — a register written out as a spreadsheet — writes personal data: masked, as
 * everywhere ({@link #MASKED}), or in full, with the disclosure that {@link Reveals#revealAll}
 * hands out once it has granted, recorded and audited a bulk reveal. A full one is for the act it
 * was granted for: use it there and let it go.
 */
@FunctionalInterface
public interface Disclosure {

  /** Every value masked: what anybody may see. */
  Disclosure MASKED = PersonalData::masked;

  /** The value as this disclosure shows it. */
  String show(PersonalData value);
}
