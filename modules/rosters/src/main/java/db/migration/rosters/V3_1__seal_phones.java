package db.migration.rosters;

import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.SealColumn;

/** Seals the phones of the people registered before V3. */
public class V3_1__seal_phones extends SealColumn {

  public V3_1__seal_phones() {
    super("rosters_person", "id", "phone", PhoneNumber.class, PhoneNumber::of);
  }
}
