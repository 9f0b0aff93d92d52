package org.shaodian.kernel.api.schema;

import org.shaodian.kernel.api.text.NameOrder;

/**
 * A Flyway Java migration that fills a table's name sort keys ({@link NameOrder}) where they are
 * missing: after a migration adds the key column to rows that exist, and after demo data inserted
 * by SQL, which cannot compute them. A module subclasses it in its migrations package ({@code
 * db.migration.<module>} or {@code db.demo.<module>}) with Flyway's class-name convention for the
 * version, e.g. {@code V2_1__person_name_keys}.
 */
public abstract class NameKeyBackfill extends ColumnRewrite {

  protected NameKeyBackfill(String table, String nameColumn, String keyColumn, String idColumn) {
    super(table, idColumn, nameColumn, keyColumn, keyColumn + " is null");
  }

  @Override
  protected Object rewrite(String name) {
    return NameOrder.key(name);
  }
}
