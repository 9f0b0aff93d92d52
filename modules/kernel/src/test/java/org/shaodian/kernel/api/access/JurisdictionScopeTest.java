package org.shaodian.kernel.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

class JurisdictionScopeTest {

  private static Region region(String code, RegionLevel level, String path) {
    return new Region(RegionCode.of(code), code, code, level, null, path);
  }

  private static final Region JIANDE = region("330182", RegionLevel.DISTRICT, "/330100/330182/");
  private static final Region SHOUCHANG =
      region("330182107000", RegionLevel.TOWN, "/330100/330182/330182107000/");
  private static final Region CHENGXI =
      region("330182107201", RegionLevel.VILLAGE, "/330100/330182/330182107000/330182107201/");
  private static final Region XINANJIANG =
      region("330182001000", RegionLevel.TOWN, "/330100/330182/330182001000/");

  private final JurisdictionScope scope = new JurisdictionScope(SHOUCHANG);

  @Test
  void thePathRangeHoldsExactlyThePathsWithin() {
    assertThat(scope.pathStart()).isEqualTo("/330100/330182/330182107000/");
    assertThat(scope.pathEnd()).isEqualTo("/330100/330182/3301821070000");
    for (String path :
        java.util.List.of(
            SHOUCHANG.path(),
            CHENGXI.path(),
            JIANDE.path(),
            XINANJIANG.path(),
            "/330100/330182/3301821070001/",
            "/330100/330182/330182107000",
            "/330100/330182/330182107000/330182107201/330182107201001/",
            "/330100/330182/330182108000/")) {
      boolean inRange =
          path.compareTo(scope.pathStart()) >= 0 && path.compareTo(scope.pathEnd()) < 0;
      assertThat(inRange).as(path).isEqualTo(scope.covers(path));
    }
  }

  @Test
  void coversTheRootAndEverythingBelowIt() {
    assertThat(scope.covers(SHOUCHANG)).isTrue();
    assertThat(scope.covers(CHENGXI)).isTrue();
    assertThat(scope.covers(CHENGXI.path())).isTrue();
    assertThat(scope.covers(SHOUCHANG.path())).isTrue();
  }

  @Test
  void coversNothingAboveOrBeside() {
    assertThat(scope.covers(JIANDE)).isFalse();
    assertThat(scope.covers(XINANJIANG)).isFalse();
    assertThat(scope.covers(XINANJIANG.path())).isFalse();
    assertThat(scope.covers("/330100/330182/")).isFalse();
    assertThat(scope.covers((String) null)).isFalse();
  }

  @Test
  void aCallersScopeIsTheirJurisdiction() {
    Caller caller = Caller.user("余振华", java.util.Set.of(Role.COMMANDER), SHOUCHANG);
    assertThat(caller.scope()).isEqualTo(scope);
    assertThat(caller.scope().root()).isSameAs(SHOUCHANG);
  }
}
