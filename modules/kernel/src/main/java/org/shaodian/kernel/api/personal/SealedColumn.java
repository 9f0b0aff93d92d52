package org.shaodian.kernel.api.personal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column whose values a converter seals ({@link Sealed}), with the key column of its rows and the
 * type its values are: what re-encryption needs to move them to the current key.
 */
public record SealedColumn(
    String table, String idColumn, String column, Class<? extends PersonalData> type) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  public SealedColumn {
    for (String name : new String[] {table, idColumn, column}) {
      if (name == null || !NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("a table or column name in lower_snake_case: " + name);
      }
    }
    Objects.requireNonNull(type, "type");
  }

  /** As the audit trail and the job's report name it: {@code table.column}. */
  public String name() {
    return table + "." + column;
  }
}
