package org.shaodian.kernel.internal.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.personal.Sealed;

class PersonalDataKeysTest {

  private static final String K1 = "dGVzdC1vbmx5IHBlcnNvbmFsIGRhdGEga2V5IHYxISE=";
  private static final String K2 = "dGVzdC1vbmx5IHBlcnNvbmFsIGRhdGEga2V5IHYyISE=";

  @Test
  void theHighestVersionIsCurrentUnlessOneIsNamed() {
    Sealed.Keys keys = PersonalDataKeys.parse("1:" + K1 + ", 2:" + K2, Optional.empty(), K1);
    assertThat(keys.current()).isEqualTo(2);
    assertThat(keys.sealing()).containsOnlyKeys(1, 2);
    assertThat(PersonalDataKeys.parse("1:" + K1 + ",2:" + K2, Optional.of(1), K1).current())
        .isEqualTo(1);
  }

  @Test
  void theDemoKeysAre32Bytes() {
    assertThat(
            PersonalDataKeys.parse(
                    PersonalDataKeys.DEMO_KEYS, Optional.empty(), PersonalDataKeys.DEMO_INDEX_KEY)
                .current())
        .isEqualTo(1);
  }

  @Test
  void malformedKeysAreRefused() {
    assertThatThrownBy(() -> PersonalDataKeys.parse(K1, Optional.empty(), K1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonalDataKeys.parse("1:c2hvcnQ=", Optional.empty(), K1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutKeysOnlyTheEmbeddedDemoStarts() {
    PersonalDataKeys keys = new PersonalDataKeys();
    keys.keys = Optional.empty();
    keys.keyVersion = Optional.empty();
    keys.indexKey = Optional.empty();
    assertThatThrownBy(() -> keys.install(false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SHAODIAN_PERSONAL_DATA_KEYS");
    keys.install(true);
    assertThat(Sealed.currentVersion()).isEqualTo(1);
  }
}
