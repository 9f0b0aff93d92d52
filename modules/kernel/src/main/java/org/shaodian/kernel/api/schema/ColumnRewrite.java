package org.shaodian.kernel.api.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Flyway Java migration that writes a column from another (or itself) row by row, for what SQL
 * cannot compute: name sort keys ({@link NameKeyBackfill}), sealed personal data ({@code
 * SealColumn}). Rows are read as they come and written back in batches of {@value #BATCH}.
 */
public abstract class ColumnRewrite extends BaseJavaMigration {

  private static final int BATCH = 500;

  private final String table;
  private final String idColumn;
  private final String sourceColumn;
  private final String targetColumn;
  private final String condition;

  /**
   * @param condition which rows need it, e.g. {@code name_key is null}
   */
  protected ColumnRewrite(
      String table, String idColumn, String sourceColumn, String targetColumn, String condition) {
    this.table = table;
    this.idColumn = idColumn;
    this.sourceColumn = sourceColumn;
    this.targetColumn = targetColumn;
    this.condition = condition;
  }

  /** The new value of the target column, from the source column's. */
  protected abstract Object rewrite(String source);

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select "
                    + idColumn
                    + ", "
                    + sourceColumn
                    + " from "
                    + table
                    + " where "
                    + condition);
        PreparedStatement update =
            connection.prepareStatement(
                "update " + table + " set " + targetColumn + " = ? where " + idColumn + " = ?")) {
      select.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          update.setObject(1, rewrite(rows.getString(2)));
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
