package org.shaodian.kernel.api.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.kernel.api.text.NameOrder;

/**
 * A Flyway Java migration that fills a table's name sort keys ({@link NameOrder}) where they are
 * missing: after a migration adds the key column to rows that exist, and after demo data inserted
 * by SQL, which cannot compute them. A module subclasses it in its migrations package ({@code
 * db.migration.<module>} or {@code db.demo.<module>}) with Flyway's class-name convention for the
 * version, e.g. {@code V2_1__person_name_keys}.
 */
public abstract class NameKeyBackfill extends BaseJavaMigration {

  private static final int BATCH = 500;

  private final String table;
  private final String nameColumn;
  private final String keyColumn;
  private final String idColumn;

  protected NameKeyBackfill(String table, String nameColumn, String keyColumn, String idColumn) {
    this.table = table;
    this.nameColumn = nameColumn;
    this.keyColumn = keyColumn;
    this.idColumn = idColumn;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select "
                    + idColumn
                    + ", "
                    + nameColumn
                    + " from "
                    + table
                    + " where "
                    + keyColumn
                    + " is null");
        PreparedStatement update =
            connection.prepareStatement(
                "update " + table + " set " + keyColumn + " = ? where " + idColumn + " = ?")) {
      select.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          update.setBytes(1, NameOrder.key(rows.getString(2)));
          update.setObject(2, rows.getObject(1));
          update.addBatch();
          if (++pending == BATCH) {
            update.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
  }
}
