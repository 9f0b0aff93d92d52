package org.shaodian.kernel.internal.personal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.personal.SealedColumn;

/**
 * Moves up to one chunk of a column's values to the current key: opens what an older key (or no
 * key: values stored before sealing began) holds and seals it again. Plain JDBC on the caller's
 * connection, so that each chunk is one short transaction of the caller's making.
 */
final class Resealing {

  private Resealing() {}

  /** Re-seals at most {@code chunk} values of the column; how many it did. */
  static int resealChunk(Connection connection, SealedColumn column, int chunk)
      throws SQLException {
    String current = Sealed.PREFIX + Sealed.currentVersion() + ":%";
    Map<Object, String> pending = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select "
                + column.idColumn()
                + ", "
                + column.column()
                + " from "
                + column.table()
                + " where "
                + column.column()
                + " is not null and "
                + column.column()
                + " not like ?")) {
      select.setString(1, current);
      select.setMaxRows(chunk);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          pending.put(rows.getObject(1), rows.getString(2));
        }
      }
    }
    if (pending.isEmpty()) {
      return 0;
    }
    String type = column.type().getSimpleName();
    try (PreparedStatement update =
        connection.prepareStatement(
            "update "
                + column.table()
                + " set "
                + column.column()
                + " = ? where "
                + column.idColumn()
                + " = ? and "
                + column.column()
                + " = ?")) {
      for (Map.Entry<Object, String> row : pending.entrySet()) {
        update.setString(1, Sealed.seal(type, Sealed.open(type, row.getValue())));
        update.setObject(2, row.getKey());
        // only if nobody changed it meanwhile: a value written since is sealed under the current
        // key
        update.setString(3, row.getValue());
        update.addBatch();
      }
      update.executeBatch();
    }
    return pending.size();
  }
}
