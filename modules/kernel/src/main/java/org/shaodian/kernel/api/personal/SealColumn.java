package org.shaodian.kernel.api.personal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Function;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Flyway Java migration that seals the personal data a column holds in plain text ({@link
 * Sealed}): values stored before sealing began, and demo data inserted by SQL. A module subclasses
 * it in its migrations package with Flyway's class-name convention for the version, naming the
 * column and how to read a value of its type.
 */
public abstract class SealColumn extends BaseJavaMigration {

  private static final int BATCH = 500;

  private final String table;
  private final String idColumn;
  private final String column;
  private final Function<String, PersonalData> type;
  private final String typeName;

  protected SealColumn(
      String table,
      String idColumn,
      String column,
      Class<? extends PersonalData> typeClass,
      Function<String, PersonalData> type) {
    this.table = table;
    this.idColumn = idColumn;
    this.column = column;
    this.type = type;
    this.typeName = typeClass.getSimpleName();
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select "
                    + idColumn
                    + ", "
                    + column
                    + " from "
                    + table
                    + " where "
                    + column
                    + " is not null and "
                    + column
                    + " not like 'enc:v%'");
        PreparedStatement update =
            connection.prepareStatement(
                "update " + table + " set " + column + " = ? where " + idColumn + " = ?")) {
      select.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          PersonalData value = type.apply(rows.getString(2));
          update.setString(1, Sealed.seal(typeName, value.reveal()));
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
