package org.shaodian.kernel.api.personal;

import java.util.function.Function;
import org.shaodian.kernel.api.schema.ColumnRewrite;

/**
 * A Flyway Java migration that seals the personal data a column holds in plain text ({@link
 * Sealed}): values stored before sealing began, and demo data inserted by SQL. A module subclasses
 * it in its migrations package with Flyway's class-name convention for the version, naming the
 * column and how to read a value of its type.
 */
public abstract class SealColumn extends ColumnRewrite {

  private final Function<String, PersonalData> type;
  private final String typeName;

  protected SealColumn(
      String table,
      String idColumn,
      String column,
      Class<? extends PersonalData> typeClass,
      Function<String, PersonalData> type) {
    super(
        table,
        idColumn,
        column,
        column,
        column + " is not null and " + column + " not like '" + Sealed.PREFIX + "%'");
    this.type = type;
    this.typeName = typeClass.getSimpleName();
  }

  @Override
  protected Object rewrite(String plain) {
    return Sealed.seal(typeName, type.apply(plain).reveal());
  }
}
