package org.shaodian.kernel.api.schema;

/**
 * A module's tables, migrated by Flyway at start-up before any request is served. Each module
 * produces one of these as a CDI bean; its migrations live in {@code db/migration/<module>} and its
 * demo data in {@code db/demo/<module>}, each folder with an empty {@code flyway.location} marker
 * file (Flyway needs it to find folders inside jars on Liberty).
 *
 * @param order modules migrate in this order, following the dependency line (kernel first)
 */
public record ModuleSchema(String module, int order) {}
