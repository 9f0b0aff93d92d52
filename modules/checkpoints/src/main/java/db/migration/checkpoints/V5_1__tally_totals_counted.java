package db.migration.checkpoints;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.checkpoints.internal.tally.TallyTotals;

/** The totals to date of the tally rows counted before V5, and their series. */
public class V5_1__tally_totals_counted extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    TallyTotals.recount(context.getConnection());
  }
}
