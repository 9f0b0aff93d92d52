package org.shaodian.kernel.internal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.shaodian.kernel.internal.schema.SchemaMigrator;

/**
 * {@code /health/ready} is DOWN while the database cannot be reached: a load balancer then sends
 * requests to a server that can store them, and the server comes back UP by itself when the
 * database does (nothing to restart). The probe takes a connection from the application's pool and
 * asks the database whether it is valid, in at most {@link #ANSWER_WITHIN}: a database that does
 * not answer (a network partition, a pool with no connection free) is DOWN too, rather than a probe
 * that hangs past the orchestrator's timeout. What failed is said by SQLSTATE, never by message (a
 * driver's message may name hosts and accounts).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);

  @Resource(lookup = SchemaMigrator.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    long start = System.nanoTime();
    Future<Boolean> probe = executor.submit(this::valid);
    try {
      boolean valid = probe.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
      response.status(valid);
      if (!valid) {
        response.withData("failure", "connection not valid");
      }
    } catch (TimeoutException late) {
      probe.cancel(true);
      response.down().withData("failure", "no answer within " + ANSWER_WITHIN.toSeconds() + " s");
    } catch (ExecutionException failed) {
      response.down().withData("failure", describe(failed.getCause()));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      response.down().withData("failure", "interrupted");
    }
    return response.withData("ms", (System.nanoTime() - start) / 1_000_000).build();
  }

  private boolean valid() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid((int) ANSWER_WITHIN.toSeconds());
    }
  }

  static String describe(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return "SQLSTATE " + sql.getSQLState();
      }
    }
    return failure == null ? "unknown" : failure.getClass().getSimpleName();
  }
}
