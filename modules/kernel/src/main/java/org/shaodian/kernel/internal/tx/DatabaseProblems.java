package org.shaodian.kernel.internal.tx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
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
 * values), an optimistic-lock failure a 412. Anything else means nothing to the caller: an
 * incident.
 */
@ApplicationScoped
public class DatabaseProblems {

  private static final Logger LOG = Logger.getLogger(DatabaseProblems.class.getName());

  /** SQLSTATE class 23: integrity constraint violation (unique, foreign key, check, not null). */
  private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

  @Inject Instance<ModuleSchema> schemas;

  private volatile List<ConstraintRule> rules;

  public Optional<Problem> meaningOf(Throwable failure) {
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
