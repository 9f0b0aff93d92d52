package org.shaodian.kernel.api.schema;

/**
 * Fired (synchronously) once every module's tables and demo data are in place, for the start-up
 * work that needs them: readiness stays DOWN until its observers return, and a failing observer
 * fails the start.
 */
public record SchemaReady() {}
