package org.shaodian.kernel.internal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shaodian.kernel.api.region.RegionCode;

class BootstrapSettingsTest {

  @Test
  void theRootIsCodeNameAndEnglishName() {
    BootstrapSettings settings =
        BootstrapSettings.parse(Optional.of(" 330100, 杭州市 ,Hangzhou"), Optional.of(" admin "));
    assertThat(settings.root())
        .contains(new BootstrapSettings.Root(RegionCode.of("330100"), "杭州市", "Hangzhou"));
    assertThat(settings.admin()).contains("admin");
  }

  @Test
  void theEnglishNameIsOptional() {
    assertThat(BootstrapSettings.parse(Optional.of("330182,建德市"), Optional.empty()).root())
        .contains(new BootstrapSettings.Root(RegionCode.of("330182"), "建德市", null));
  }

  @Test
  void nothingConfiguredIsNothingToDo() {
    BootstrapSettings settings = BootstrapSettings.parse(Optional.empty(), Optional.of(" "));
    assertThat(settings.root()).isEmpty();
    assertThat(settings.admin()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"330100", "3301,杭州市", "330100,", "杭州市,330100", "330100, ,Hangzhou"})
  void aWrongRootStopsTheStartNamingTheSetting(String root) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BootstrapSettings.parse(Optional.of(root), Optional.empty()))
        .withMessageContaining("shaodian.bootstrap.root");
  }

  @Test
  void anAdministratorNeedsARoot() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BootstrapSettings.parse(Optional.empty(), Optional.of("admin")))
        .withMessageContaining("shaodian.bootstrap.root");
  }
}
