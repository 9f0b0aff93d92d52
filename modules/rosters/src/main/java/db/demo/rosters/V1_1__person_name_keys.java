package db.demo.rosters;

import org.shaodian.kernel.api.schema.NameKeyBackfill;

/** Fills the name sort keys of the demo people, which V1 inserts by SQL. */
public class V1_1__person_name_keys extends NameKeyBackfill {

  public V1_1__person_name_keys() {
    super("rosters_person", "name", "name_key", "id");
  }
}
