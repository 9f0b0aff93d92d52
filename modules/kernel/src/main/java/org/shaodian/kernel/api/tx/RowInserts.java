package org.shaodian.kernel.api.tx;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Many rows into one table in the caller's transaction, as multi-row {@code INSERT … VALUES (…),
 * (…)} statements of up to {@value #MAX_ROWS} rows: for the bulk writes where managing one entity
 * per row costs more than the write (an accepted roster's duty hours, a bulk action's audit items).
 * Everything else writes through JPA.
 *
 * <p>The rows go over the connection the transaction already holds (Liberty shares one connection
 * per data source and transaction), so they commit or roll back with the rest. They bypass the
 * persistence context: flush the entity manager first when they refer to rows it has not written
 * yet, and do not read them back as entities in the same transaction. A violated constraint
 * surfaces as an SQLException naming it, which {@link UnitOfWork} turns into the module's 409 like
 * any other.
 */
@ApplicationScoped
public class RowInserts {

  /** Rows per statement: large enough to amortise the round trip, within every driver's limits. */
  static final int MAX_ROWS = 500;

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  /**
   * Inserts the rows; each row holds one value per column, in order. Values are what JDBC binds
   * ({@code UUID}, {@code String}, numbers, {@code LocalDate}); an {@link Instant} is bound as an
   * offset date-time in UTC, as the {@code timestamp with time zone} columns hold it.
   *
   * @return the number of rows inserted
   */
  public int insert(String table, List<String> columns, List<? extends List<?>> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    int width = columns.size();
    for (List<?> row : rows) {
      if (row.size() != width) {
        throw new IllegalArgumentException(
            "a row for " + table + " has " + row.size() + " values, not " + width);
      }
    }
    String head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
    String tuple = "(" + "?, ".repeat(width - 1) + "?)";
    try (Connection connection = dataSource.getConnection()) {
      int inserted = 0;
      for (int from = 0; from < rows.size(); from += MAX_ROWS) {
        List<? extends List<?>> chunk = rows.subList(from, Math.min(rows.size(), from + MAX_ROWS));
        String sql = head + String.join(", ", Collections.nCopies(chunk.size(), tuple));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          int parameter = 1;
          for (List<?> row : chunk) {
            for (Object value : row) {
              statement.setObject(parameter++, bindable(value));
            }
          }
          inserted += statement.executeUpdate();
        }
      }
      return inserted;
    } catch (SQLException e) {
      throw new PersistenceException("insert into " + table + " failed", e);
    }
  }

  private static Object bindable(Object value) {
    return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
  }
}
