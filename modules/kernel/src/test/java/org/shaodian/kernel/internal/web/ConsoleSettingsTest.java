package org.shaodian.kernel.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleSettingsTest {

  private static ConsoleSettings with(String template) {
    ConsoleSettings settings = new ConsoleSettings();
    settings.template = Optional.ofNullable(template);
    settings.attribution = "© 建德市测绘院";
    return settings;
  }

  @Test
  void noTileLayerByDefault() {
    assertThat(with(null).mapTiles()).isEmpty();
    assertThat(with("  ").tileOrigin()).isEmpty();
  }

  @Test
  void aTemplateGivesTheLayerAndTheOriginItsImagesComeFrom() {
    ConsoleSettings settings = with("https://tiles.jiande.gov.cn:8443/osm/{z}/{x}/{y}.png");
    assertThat(settings.mapTiles())
        .hasValueSatisfying(
            t -> {
              assertThat(t.url()).isEqualTo("https://tiles.jiande.gov.cn:8443/osm/{z}/{x}/{y}.png");
              assertThat(t.attribution()).isEqualTo("© 建德市测绘院");
            });
    assertThat(settings.tileOrigin()).contains("https://tiles.jiande.gov.cn:8443");
    assertThat(with("http://10.0.0.5/{z}/{x}/{y}.png").tileOrigin()).contains("http://10.0.0.5");
  }

  @Test
  void anUnusableSettingCountsAsNone() {
    assertThat(with("https://tiles.example/{z}/{x}.png").mapTiles()).isEmpty();
    assertThat(with("javascript:alert(1)//{z}{x}{y}").mapTiles()).isEmpty();
    assertThat(with("/tiles/{z}/{x}/{y}.png").mapTiles()).isEmpty();
    assertThat(with("https://bad host/{z}/{x}/{y}").mapTiles()).isEmpty();
    // tiles from several hosts ({s}): one origin in the pages' policy would block most of them
    assertThat(with("https://{s}.tile.example/{z}/{x}/{y}.png").mapTiles()).isEmpty();
    assertThat(with("https://tiles.example;img-src *//{z}/{x}/{y}").mapTiles()).isEmpty();
  }

  @Test
  void thePagesMayLoadImagesFromTheTileServerAndNowhereElse() {
    ConsoleSettings settings = with("https://tiles.jiande.gov.cn/{z}/{x}/{-y}.png");
    assertThat(RequestGuard.pageCsp(settings.tileOrigin()))
        .contains("img-src 'self' https://tiles.jiande.gov.cn blob: data:;")
        .contains("script-src 'self';")
        .contains("connect-src 'self';");
    assertThat(RequestGuard.pageCsp(with(null).tileOrigin())).isEqualTo(RequestGuard.PAGE_CSP);
  }
}
