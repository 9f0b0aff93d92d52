package org.shaodian.kernel.api.schema;

import java.util.List;
import org.shaodian.kernel.api.personal.SealedColumn;
import org.shaodian.kernel.api.problem.ConstraintRule;

/**
 * A module's tables, migrated by Flyway at start-up before any request is served, what the
 * violation of each of their constraints means to a caller, and which of their columns hold sealed
 * personal data. Each module produces one of these as a CDI bean; its migrations live in {@code
 * db/migration/<module>} and its demo data in {@code db/demo/<module>}, each folder with an empty
 * {@code flyway.location} marker file (Flyway needs it to find folders inside jars on Liberty).
 *
 * @param order modules migrate in this order, following the dependency line (kernel first)
 * @param constraints the module's rules that span rows (one person per seat, one ledger entry per
 *     ID number …), by the constraint or unique index name the migrations give them: a violation is
 *     answered with the rule's problem (409 or 400), not a 500
 * @param sealedColumns the columns its converters seal (an {@code IdNumber}, a phone …): the
 *     kernel's re-encryption moves them to the current key when keys rotate
 * @param retention what it deletes or anonymises of the personal data recorded in a region before
 *     an emergency episode there closed, once the retention period has passed, in order
 */
public record ModuleSchema(
    String module,
    int order,
    List<ConstraintRule> constraints,
    List<SealedColumn> sealedColumns,
    List<RetentionRule> retention) {

  public ModuleSchema {
    constraints = constraints == null ? List.of() : List.copyOf(constraints);
    sealedColumns = sealedColumns == null ? List.of() : List.copyOf(sealedColumns);
    retention = retention == null ? List.of() : List.copyOf(retention);
  }

  public ModuleSchema(
      String module,
      int order,
      List<ConstraintRule> constraints,
      List<SealedColumn> sealedColumns) {
    this(module, order, constraints, sealedColumns, List.of());
  }

  public ModuleSchema(String module, int order, List<ConstraintRule> constraints) {
    this(module, order, constraints, List.of(), List.of());
  }

  public ModuleSchema(String module, int order) {
    this(module, order, List.of(), List.of(), List.of());
  }
}
