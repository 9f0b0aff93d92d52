package org.shaodian.kernel.api.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.ConstraintRule;

/**
 * Rows in bulk on a real (in-memory H2) database: chunked statements, values as JPA stores them.
 */
class RowInsertsTest {

  private static final List<String> COLUMNS = List.of("person_id", "hour_start", "note");

  private final RowInserts rows = new RowInserts();
  private JdbcDataSource dataSource;

  @BeforeEach
  void database() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:rows" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    rows.dataSource = dataSource;
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "create table duty_hour (person_id uuid not null,"
              + " hour_start timestamp with time zone not null, note varchar(20),"
              + " constraint one_duty_at_a_time primary key (person_id, hour_start))");
    }
  }

  @Test
  void manyRowsLandInChunksWithTheirValues() throws SQLException {
    UUID person = UUID.randomUUID();
    Instant first = Instant.parse("2026-11-29T16:00:00Z");
    List<List<Object>> hours = new ArrayList<>();
    for (int i = 0; i < 1_234; i++) { // two full statements and a short one
      hours.add(
          java.util.Arrays.asList(person, first.plusSeconds(3600L * i), i == 7 ? null : "h" + i));
    }

    assertThat(rows.insert("duty_hour", COLUMNS, hours)).isEqualTo(1_234);

    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        ResultSet result =
            sql.executeQuery(
                "select count(*), min(hour_start), max(hour_start), count(note) from duty_hour")) {
      result.next();
      assertThat(result.getInt(1)).isEqualTo(1_234);
      assertThat(result.getObject(2, OffsetDateTime.class).toInstant()).isEqualTo(first);
      assertThat(result.getObject(3, OffsetDateTime.class).toInstant())
          .isEqualTo(first.plusSeconds(3600L * 1_233));
      assertThat(result.getInt(4)).isEqualTo(1_233);
    }
  }

  @Test
  void aViolatedConstraintFailsNamingIt() {
    UUID person = UUID.randomUUID();
    Instant hour = Instant.parse("2026-11-29T16:00:00Z");
    PersistenceException failure =
        catchThrowableOfType(
            PersistenceException.class,
            () ->
                rows.insert(
                    "duty_hour",
                    COLUMNS,
                    List.of(List.of(person, hour, "a"), List.of(person, hour, "b"))));

    assertThat(failure.getCause()).isInstanceOf(SQLException.class);
    assertThat(((SQLException) failure.getCause()).getSQLState()).startsWith("23");
    assertThat(
            ConstraintRule.conflict("one_duty_at_a_time", Text.of("占用", "taken"))
                .isNamedIn(failure.getCause().getMessage()))
        .isTrue();
  }

  @Test
  void aRowOfTheWrongWidthIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(
            () -> rows.insert("duty_hour", COLUMNS, List.of(List.of(UUID.randomUUID(), "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 values, not 3");
  }

  @Test
  void noRowsNeedNoConnection() {
    rows.dataSource = null;
    assertThat(rows.insert("duty_hour", COLUMNS, List.of())).isZero();
  }
}
