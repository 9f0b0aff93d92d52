package org.shaodian.kernel.internal.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready} is UP only once the schema migrations have finished. */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

  @Inject SchemaMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("schema-migrations").status(migrator.isDone()).build();
  }
}
