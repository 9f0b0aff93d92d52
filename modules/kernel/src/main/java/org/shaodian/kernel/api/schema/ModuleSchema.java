package org.shaodian.kernel.api.schema;

import java.util.List;
import org.shaodian.kernel.api.problem.ConstraintRule;

/**
 * A module's tables, migrated by Flyway at start-up before any request is served, and what the
 * violation of each of their constraints means to a caller. Each module produces one of these as a
 * CDI bean; its migrations live in {@code db/migration/<module>} and its demo data in {@code
 * db/demo/<module>}, each folder with an empty {@code flyway.location} marker file (Flyway needs it
 * to find folders inside jars on Liberty).
 *
 * @param order modules migrate in this order, following the dependency line (kernel first)
 * @param constraints the module's rules that span rows (one person per seat, one ledger entry per
 *     ID number …), by the constraint or unique index name the migrations give them: a violation is
 *     answered with the rule's problem (409 or 400), not a 500
 */
public record ModuleSchema(String module, int order, List<ConstraintRule> constraints) {

  public ModuleSchema {
    constraints = constraints == null ? List.of() : List.copyOf(constraints);
  }

  public ModuleSchema(String module, int order) {
    this(module, order, List.of());
  }
}
