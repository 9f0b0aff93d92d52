package org.shaodian.kernel.internal.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.shaodian.kernel.api.schema.ModuleSchema;
import org.shaodian.kernel.api.schema.SchemaReady;
import org.shaodian.kernel.internal.personal.PersonalDataKeys;

/**
 * Migrates every module's tables with Flyway when the application starts, before it serves a
 * request; each module has its own history table. Then, when demo data is on, loads each module's
 * demo data the same way (its own history table again, so it is loaded once). Demo data is on by
 * default on the embedded database and off on any other unless {@code shaodian.demo-data=true}.
 * Last, the start-up work that needs the tables runs ({@link SchemaReady}: the bootstrap of a new
 * installation).
 */
@ApplicationScoped
public class SchemaMigrator {

  /** The JNDI name of the one data source all modules share. */
  public static final String DATA_SOURCE = "jdbc/shaodian";

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject Instance<ModuleSchema> modules;

  @Inject PersonalDataKeys personalDataKeys;

  @Inject
  @ConfigProperty(name = "shaodian.demo-data")
  Optional<Boolean> demoData;

  @Inject Event<SchemaReady> ready;

  private volatile boolean done;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    long started = System.nanoTime();
    List<ModuleSchema> ordered =
        modules.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).toList();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    String database = databaseProduct();
    // before any migration: they may seal personal data stored before sealing began
    personalDataKeys.install("H2".equalsIgnoreCase(database));
    boolean demo = demoData.orElse("H2".equalsIgnoreCase(database));
    Map<String, String> placeholders = placeholders(database);
    for (ModuleSchema module : ordered) {
      migrate(loader, module.module(), "db/migration/", "flyway_history_", placeholders);
    }
    if (demo) {
      for (ModuleSchema module : ordered) {
        migrate(loader, module.module(), "db/demo/", "flyway_demo_", placeholders);
      }
    }
    ready.fire(new SchemaReady());
    done = true;
    LOG.info(
        () ->
            String.format(
                "schema ready for %s (demo data %s) in %d ms",
                ordered.stream().map(ModuleSchema::module).toList(),
                demo ? "on" : "off",
                (System.nanoTime() - started) / 1_000_000));
  }

  /**
   * What differs between the databases, for the migrations to use.
   *
   * <ul>
   *   <li>{@code ${prefix_ops}} goes after a column in an index that serves {@code LIKE 'prefix%'}
   *       (the jurisdiction filters on region paths) when the column's collation is not C:
   *       PostgreSQL needs the pattern operator class then; H2 needs nothing.
   *   <li>{@code ${collate_c}} after a column's type gives it the C (byte-order) collation on
   *       PostgreSQL, so that one index serves both the prefix filter and the order of a list; H2
   *       compares by code point anyway.
   *   <li>{@code ${pg_only}} at the start of a line makes it a comment except on PostgreSQL.
   * </ul>
   */
  static Map<String, String> placeholders(String databaseProduct) {
    boolean postgres = "PostgreSQL".equalsIgnoreCase(databaseProduct);
    return Map.of(
        "prefix_ops", postgres ? "varchar_pattern_ops" : "",
        "collate_c", postgres ? "collate \"C\"" : "",
        "pg_only", postgres ? "" : "--");
  }

  private void migrate(
      ClassLoader loader,
      String module,
      String folder,
      String historyPrefix,
      Map<String, String> placeholders) {
    if (loader.getResource(folder + module + "/flyway.location") == null) {
      return; // the module has none of these (reporting has no demo data)
    }
    MigrateResult result =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .placeholders(placeholders)
            .locations("classpath:" + folder + module)
            .table(historyPrefix + module)
            // other modules' tables are already there: start this module's history at 0
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info(
          () ->
              String.format(
                  "%s%s: %d migration(s) applied, now at %s",
                  folder, module, result.migrationsExecuted, result.targetSchemaVersion));
    }
  }

  private String databaseProduct() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database", e);
    }
  }

  /**
   * True once every module's schema (and demo data, if on) is in place and the start-up work that
   * waits for it has run.
   */
  public boolean isDone() {
    return done;
  }
}
