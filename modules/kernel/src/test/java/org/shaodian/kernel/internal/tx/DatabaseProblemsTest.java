package org.shaodian.kernel.internal.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.enterprise.inject.Instance;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.ConstraintRule;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.schema.ModuleSchema;

/**
 * A violated constraint is answered with its module's rule, whichever database reported it: H2 (for
 * real, in memory) and PostgreSQL (its message form, as its driver reports it).
 */
class DatabaseProblemsTest {

  private static final Text TAKEN = Text.of("该班次岗位已有人", "Someone already holds this seat");
  private static final Text UNKNOWN_POST = Text.of("没有这个岗位", "no such post");

  private final DatabaseProblems problems =
      withRules(
          new ModuleSchema(
              "rosters",
              10,
              List.of(
                  ConstraintRule.conflict("rosters_seat_one_holder", TAKEN),
                  ConstraintRule.invalid("rosters_seat_post", "post", UNKNOWN_POST))));

  @SuppressWarnings("unchecked")
  private static DatabaseProblems withRules(ModuleSchema schema) {
    DatabaseProblems problems = new DatabaseProblems();
    problems.schemas =
        (Instance<ModuleSchema>)
            Proxy.newProxyInstance(
                DatabaseProblemsTest.class.getClassLoader(),
                new Class<?>[] {Instance.class},
                (self, method, args) ->
                    method.getName().equals("stream") ? Stream.of(schema) : null);
    return problems;
  }

  private static SQLException violationOnH2(String... statements) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + System.nanoTime());
        Statement sql = connection.createStatement()) {
      sql.execute("create table rosters_post (id int primary key)");
      sql.execute(
          "create table rosters_seat (id int primary key, post int,"
              + " holder varchar(10), slot int,"
              + " constraint rosters_seat_post foreign key (post) references rosters_post (id))");
      sql.execute("create unique index rosters_seat_one_holder on rosters_seat (post, slot)");
      sql.execute("insert into rosters_post values (1)");
      for (String statement : statements) {
        try {
          sql.execute(statement);
        } catch (SQLException violation) {
          return violation;
        }
      }
    }
    throw new AssertionError("no violation");
  }

  @Test
  void aUniqueIndexViolationOnH2IsTheRulesConflict() throws SQLException {
    SQLException violation =
        violationOnH2(
            "insert into rosters_seat values (1, 1, 'a', 7)",
            "insert into rosters_seat values (2, 1, 'b', 7)");
    Problem problem = problems.meaningOf(new PersistenceException(violation)).orElseThrow();
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).isEqualTo(TAKEN);
  }

  @Test
  void aForeignKeyViolationOnH2IsTheRulesFieldError() throws SQLException {
    SQLException violation = violationOnH2("insert into rosters_seat values (1, 99, 'a', 7)");
    Problem problem = problems.meaningOf(new PersistenceException(violation)).orElseThrow();
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors()).containsExactly(new FieldError("post", UNKNOWN_POST));
  }

  @Test
  void postgreSqlReportsTheNameAsDeclared() {
    SQLException violation =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint \"rosters_seat_one_holder\"\n"
                + "  Detail: Key (post, slot)=(1, 7) already exists.",
            "23505");
    Problem problem = problems.meaningOf(new PersistenceException(violation)).orElseThrow();
    assertThat(problem.detail().in(Language.EN)).isEqualTo("Someone already holds this seat");
  }

  @Test
  void aPartitionsCopyOfTheKeyIsTheRule() {
    for (String partition : new String[] {"part_20260301", "part_default"}) {
      SQLException violation =
          new SQLException(
              "ERROR: duplicate key value violates unique constraint \"rosters_seat_one_holder_"
                  + partition
                  + "\"",
              "23505");
      Problem problem = problems.meaningOf(violation).orElseThrow();
      assertThat(problem.detail().in(Language.EN)).isEqualTo("Someone already holds this seat");
    }
  }

  @Test
  void aNameThatOnlyStartsLikeARuleIsNotIt() {
    SQLException violation =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint \"rosters_seat_one_holder_x\"",
            "23505");
    Problem problem = problems.meaningOf(violation).orElseThrow();
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).isNotEqualTo(TAKEN);
  }

  @Test
  void anUndeclaredConstraintIsStillAConflictNotAnIncident() {
    SQLException violation = new SQLException("check constraint violated", "23514");
    assertThat(problems.meaningOf(violation)).get().extracting(Problem::status).isEqualTo(409);
  }

  @Test
  void anOptimisticLockFailureIsAStalePrecondition() {
    assertThat(problems.meaningOf(new OptimisticLockException()))
        .get()
        .extracting(Problem::status)
        .isEqualTo(412);
  }

  @Test
  void aDeadlockIsAConflictToTryAgainThoughHibernateCallsItAnOptimisticLockFailure() {
    SQLException deadlock = new SQLException("ERROR: deadlock detected", "40P01");
    // as Hibernate wraps it: LockAcquisitionException in an OptimisticLockException
    OptimisticLockException wrapped =
        new OptimisticLockException(
            "could not execute statement", new PersistenceException("lock acquisition", deadlock));
    for (Throwable failure :
        List.of(deadlock, wrapped, new SQLException("Deadlock detected", "40001"))) {
      Problem problem = problems.meaningOf(failure).orElseThrow();
      assertThat(problem.status()).isEqualTo(409);
      assertThat(problem.detail().en()).contains("send it again");
    }
  }

  @Test
  void anUnreachableDatabaseIsA503ToSendAgainLater() {
    List<Throwable> failures =
        List.of(
            // PostgreSQL's driver when the server is stopped: connection refused
            new PersistenceException(
                "Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001")),
            // a pooled connection that PostgreSQL closed when it was stopped
            new SQLException("An I/O error occurred while sending to the backend.", "08006"),
            // "the database system is shutting down" / "… is starting up"
            new SQLException("terminating connection due to administrator command", "57P01"),
            new SQLException("the database system is starting up", "57P03"),
            new SQLTransientConnectionException("no connection"),
            // Liberty's pool: no connection free within its connectionTimeout
            new SQLException(
                "J2CA0045E", new jakarta.resource.spi.ResourceAllocationException("J2CA0045E")));
    for (Throwable failure : failures) {
      Problem problem = problems.meaningOf(failure).orElseThrow(() -> new AssertionError(failure));
      assertThat(problem.status()).isEqualTo(503);
      assertThat(problem.retryAfter()).contains(Duration.ofSeconds(10));
      assertThat(problem.detail().en()).contains("send it again");
    }
  }

  @Test
  void otherFailuresMeanNothingToTheCaller() {
    assertThat(problems.meaningOf(new SQLException("division by zero", "22012"))).isEmpty();
    assertThat(problems.meaningOf(new IllegalStateException("bug"))).isEqualTo(Optional.empty());
  }

  @Test
  void rulesAreNamedInLowerSnakeCaseAndAre409Or400() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> ConstraintRule.conflict("Bad-Name", TAKEN)))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> new ConstraintRule("rosters_x", 500, null, TAKEN)))
        .isNotNull();
  }

  @Test
  void anUndeclaredConstraintIsLoggedByItsNameAloneNeverTheValues() throws SQLException {
    assertThat(
            DatabaseProblems.constraintNamedIn(
                "ERROR: insert or update on table \"grids_resident\" violates foreign key"
                    + " constraint \"grids_resident_dwelling_id_fkey\"\n  Detail: Key"
                    + " (dwelling_id)=(1b2c) is not present"))
        .isEqualTo("grids_resident_dwelling_id_fkey");
    SQLException onH2 = violationOnH2("insert into rosters_post values (1)");
    assertThat(DatabaseProblems.constraintNamedIn(onH2.getMessage())).startsWith("constraint_");
    assertThat(DatabaseProblems.constraintNamedIn("something else (1, 2)")).isEqualTo("?");
  }
}
