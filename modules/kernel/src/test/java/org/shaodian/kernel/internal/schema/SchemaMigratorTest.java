package org.shaodian.kernel.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

  @Test
  void prefixIndexesUseThePatternOperatorClassOnPostgreSql() {
    assertThat(SchemaMigrator.placeholders("PostgreSQL"))
        .containsEntry("prefix_ops", "varchar_pattern_ops");
  }

  @Test
  void h2NeedsNoOperatorClass() {
    assertThat(SchemaMigrator.placeholders("H2")).containsEntry("prefix_ops", "");
  }
}
