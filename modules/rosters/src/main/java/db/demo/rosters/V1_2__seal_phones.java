package db.demo.rosters;

import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.SealColumn;

/** Seals the phones of the demo people, which V1 inserts by SQL. */
public class V1_2__seal_phones extends SealColumn {

  public V1_2__seal_phones() {
    super("rosters_person", "id", "phone", PhoneNumber.class, PhoneNumber::of);
  }
}
