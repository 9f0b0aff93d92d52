package org.shaodian.kernel.internal.tx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.ConstraintRule;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.schema.ModuleSchema;

/**
 * What a database failure means to the caller: a violated constraint that a module declared is its
 * rule's 409/400, one nobody declared a plain 409 (and a warning for the developers, without the
 * values), an optimistic-lock failure a 412, a transaction the database rolled back because another
 * collided with it (a deadlock) a 409 to try again, a database that cannot be reached (stopped,
 * failing over, refusing connections, or no connection free in time) a 503 with {@code
 * Retry-After}. Anything else means nothing to the caller: an incident.
 */
@ApplicationScoped
public class DatabaseProblems {

  private static final Logger LOG = Logger.getLogger(DatabaseProblems.class.getName());

  /** SQLSTATE class 23: integrity constraint violation (unique, foreign key, check, not null). */
  private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

  /**
   * SQLSTATE class 40: the database rolled the transaction back because another one collided with
   * it (40P01 deadlock detected, 40001 serialization failure; H2 reports its deadlocks as 40001).
   */
  private static final String TRANSACTION_ROLLBACK = "40";

  /**
   * SQLSTATE class 08: connection exception (08001 cannot connect, 08006 connection failure …);
   * 57P01–57P03: PostgreSQL shutting down, restarting after a crash, or not accepting connections
   * yet; 53300: too many connections.
   */
  private static final List<String> UNREACHABLE_STATES = List.of("08", "57P0", "53300");

  /**
   * How long a client waits before sending again when the database is unreachable: about a
   * connection attempt's timeout (the pool's connectionTimeout) and a PostgreSQL restart.
   */
  static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  @Inject Instance<ModuleSchema> schemas;

  private volatile List<ConstraintRule> rules;

  public Optional<Problem> meaningOf(Throwable failure) {
    // first, as Hibernate reports a deadlock as an optimistic-lock failure, which it is not
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(TRANSACTION_ROLLBACK)) {
        return Optional.of(collided());
      }
      if (unreachable(cause)) {
        return Optional.of(unavailable());
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof Problem problem) {
        return Optional.of(problem);
      }
      if (cause instanceof OptimisticLockException
          || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")
          || cause.getClass().getName().equals("org.hibernate.StaleStateException")) {
        return Optional.of(Problem.staleVersion());
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
        return Optional.of(violated(sql));
      }
    }
    return Optional.empty();
  }

  /**
   * A 409 that asks for the request again: nothing was saved, and the same request made again
   * normally succeeds (an idempotent writer, such as a device's batch, makes it again itself).
   */
  private static Problem collided() {
    return Problem.conflict(
        Text.of(
            "同一时刻另一请求修改了相同数据,本次未保存,请重试",
            "Another request changed the same data at the same moment; nothing was saved: send it"
                + " again"));
  }

  /**
   * The database could not be reached, or a connection of the pool failed under the request; the
   * pool's own wait for a free connection ran out (Liberty's ResourceException, under an SQL
   * exception or not) counts too: the server is busy, the request can be made again.
   */
  public static boolean unreachable(Throwable cause) {
    if (cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof SQLRecoverableException) {
      return true;
    }
    if (cause instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      if (UNREACHABLE_STATES.stream().anyMatch(state::startsWith)) {
        return true;
      }
    }
    for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().equals("jakarta.resource.ResourceException")) {
        return true;
      }
    }
    return false;
  }

  private static Problem unavailable() {
    return Problem.unavailable(
        Text.of(
            "数据库暂时无法访问,本次未保存,请稍后重试",
            "The database cannot be reached just now; nothing was saved: send it again shortly"),
        RETRY_AFTER);
  }

  private Problem violated(SQLException violation) {
    String report = violation.getMessage();
    for (ConstraintRule rule : rules()) {
      if (rule.isNamedIn(report)) {
        return rule.problem();
      }
    }
    LOG.warning(
        () ->
            "a database constraint without a ConstraintRule was violated (SQLSTATE "
                + violation.getSQLState()
                + ", constraint "
                + constraintNamedIn(report)
                + "); declare it in the module's ModuleSchema");
    return Problem.conflict(
        Text.of("与已有数据冲突,未保存", "This conflicts with data already stored; nothing was saved"));
  }

  /**
   * The constraint a database's report names (PostgreSQL: {@code constraint "name"}, H2: {@code
   * violation: "NAME: …}), or {@code ?}: the name only, never the report, which may quote values.
   */
  static String constraintNamedIn(String report) {
    Matcher named = CONSTRAINT_NAME.matcher(report == null ? "" : report);
    return named.find() ? named.group(1).toLowerCase(Locale.ROOT) : "?";
  }

  private static final Pattern CONSTRAINT_NAME =
      Pattern.compile("(?:constraint|violation:) \"(?:[A-Za-z]+\\.)?([A-Za-z][A-Za-z0-9_]{0,62})");

  private List<ConstraintRule> rules() {
    if (rules == null) {
      rules = schemas.stream().flatMap(schema -> schema.constraints().stream()).toList();
    }
    return rules;
  }
}
