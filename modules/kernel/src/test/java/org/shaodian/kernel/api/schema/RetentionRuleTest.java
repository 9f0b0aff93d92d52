package org.shaodian.kernel.api.schema;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A rule names its kind of record module.kind and stays within the region and before the close. */
class RetentionRuleTest {

  @Test
  void aRuleUsesTheRegionsRangeAndTheEpisodesEnd() {
    new RetentionRule(
        "grids.returnees",
        "delete from grids_returnee where region_path >= :start and region_path < :end"
            + " and updated_at < :before");
    assertThatThrownBy(
            () ->
                new RetentionRule(
                    "grids.returnees", "delete from grids_returnee where updated_at < :before"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(":start");
    assertThatThrownBy(
            () ->
                new RetentionRule(
                    "returnees",
                    "delete from grids_returnee where region_path >= :start and region_path < :end"
                        + " and updated_at < :before"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
