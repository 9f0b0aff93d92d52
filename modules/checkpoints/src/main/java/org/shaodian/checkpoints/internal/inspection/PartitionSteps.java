package org.shaodian.checkpoints.internal.inspection;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * Each change of the inspection tables' day partitions in a transaction of its own, under the
 * partitions' advisory lock ({@link DayPartitions#LOCK}: another server doing the same waits, then
 * finds it done) and a lock timeout: creating or dropping a partition takes a lock on the parent
 * table that every insert needs, so a step that would wait behind a long transaction (and make the
 * intake queue behind it) gives up instead, and is made again at the next run.
 */
@UnitOfWork
@ApplicationScoped
public class PartitionSteps {

  /** How long a step waits for a table lock before it gives up. */
  static final String LOCK_TIMEOUT = "5s";

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  boolean partitioned() {
    return withConnection(DayPartitions::isPartitioned);
  }

  /** Both tables' partitions of {@code day}; whether one was made. */
  boolean ensure(LocalDate day) {
    return withConnection(
        db -> {
          lock(db);
          return DayPartitions.ensure(db, day);
        });
  }

  List<LocalDate> daysInDefault() {
    return withConnection(DayPartitions::daysInDefault);
  }

  List<LocalDate> peopleDays() {
    return withConnection(db -> DayPartitions.partitionDays(db, DayPartitions.PEOPLE));
  }

  /** {@link DayPartitions#dropPeopleIfAllPurged}. */
  int dropPeople(LocalDate day, String pathStart, String pathEnd, OffsetDateTime before) {
    return withConnection(
        db -> {
          lock(db);
          return DayPartitions.dropPeopleIfAllPurged(db, day, pathStart, pathEnd, before);
        });
  }

  private interface Work<T> {
    T on(Connection db) throws SQLException;
  }

  /**
   * The work on the transaction's connection; an SQL failure as an unchecked exception, so that the
   * transaction is rolled back (a checked one would let it commit).
   */
  private <T> T withConnection(Work<T> work) {
    try (Connection db = dataSource.getConnection()) {
      return work.on(db);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static void lock(Connection db) throws SQLException {
    DayPartitions.execute(db, "set local lock_timeout = '" + LOCK_TIMEOUT + "'");
    try (PreparedStatement st = db.prepareStatement("select pg_advisory_xact_lock(?)")) {
      st.setLong(1, DayPartitions.LOCK);
      st.executeQuery().close();
    }
  }
}
