package org.shaodian.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The secondary indexes of some tables (those that back no constraint), dropped before a bulk load
 * by COPY and built again after it: building an index once is much faster than keeping it up to
 * date row by row. Used by the data loaders ({@link ResidentData}, {@link InspectionData}).
 *
 * <p>A partitioned table's index (the inspections' on PostgreSQL) is dropped with its partitions'
 * copies and built again on the parent, which builds one on every partition. Its definition as
 * PostgreSQL gives it says {@code ON ONLY}, which would make an invalid index on the parent alone
 * and none on the partitions: it is built without.
 */
final class SecondaryIndexes {

  private final List<String> definitions;

  private SecondaryIndexes(List<String> definitions) {
    this.definitions = definitions;
  }

  /**
   * Drops the tables' secondary indexes, in the caller's transaction, keeping their definitions.
   */
  static SecondaryIndexes drop(Connection db, List<String> tables) throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> definitions = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select indexname, indexdef, (select relkind = 'I' from pg_class where oid ="
                + " to_regclass(quote_ident(schemaname) || '.' || quote_ident(indexname)))"
                + " from pg_indexes where schemaname = current_schema()"
                + " and tablename = any(?) and indexname not in"
                + " (select conname from pg_constraint)")) {
      st.setArray(1, db.createArrayOf("text", tables.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
          definitions.add(
              rs.getBoolean(3)
                  ? rs.getString(2).replaceFirst(" ON ONLY ", " ON ")
                  : rs.getString(2));
        }
      }
    }
    try (Statement st = db.createStatement()) {
      for (String index : names) {
        st.execute("drop index " + index);
      }
    }
    return new SecondaryIndexes(definitions);
  }

  /** Builds the dropped indexes again, in the caller's transaction, with memory to sort in. */
  void rebuild(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("set maintenance_work_mem = '512MB'");
      for (String definition : definitions) {
        st.execute(definition);
      }
    }
  }
}
