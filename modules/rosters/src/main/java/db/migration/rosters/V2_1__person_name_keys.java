package db.migration.rosters;

import org.shaodian.kernel.api.schema.NameKeyBackfill;

/** Fills the name sort keys of the people registered before V2 added the column. */
public class V2_1__person_name_keys extends NameKeyBackfill {

  public V2_1__person_name_keys() {
    super("rosters_person", "name", "name_key", "id");
  }
}
