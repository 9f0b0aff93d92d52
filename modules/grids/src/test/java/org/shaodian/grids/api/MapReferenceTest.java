package org.shaodian.grids.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What another module gives as the key of its feature: its name and its own id. */
class MapReferenceTest {

  @Test
  void aReferenceIsAModuleAndItsIdForTheThing() {
    MapReference reference = MapReference.of("checkpoints", "5d0c43c1-7a62-4f0e-9c43-1b9f0b1f2a10");
    assertThat(reference.source()).isEqualTo("checkpoints");
    assertThat(MapReference.of("checkpoints", "post:12/lane-3")).isNotNull();
  }

  @Test
  void whatIsNoModuleNameOrNoIdIsRefused() {
    assertThatThrownBy(() -> MapReference.of("Checkpoints", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MapReference.of("checkpoints", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MapReference.of("checkpoints", "a b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MapReference.of("checkpoints", "x".repeat(101)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MapReference.of(null, "1")).isInstanceOf(NullPointerException.class);
  }
}
