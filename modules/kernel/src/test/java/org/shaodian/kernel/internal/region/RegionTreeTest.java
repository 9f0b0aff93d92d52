package org.shaodian.kernel.internal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.region.RegionCode;

class RegionTreeTest {

  private static final RegionCode YANGAN = RegionCode.of("330182002001");

  @Test
  void theNextGridCodeFollowsTheHighestUnderTheCommunity() {
    assertThat(RegionTree.nextGridCode(YANGAN, List.of()))
        .contains(RegionCode.of("330182002001001"));
    assertThat(
            RegionTree.nextGridCode(
                YANGAN,
                List.of(
                    RegionCode.of("330182002001001"),
                    RegionCode.of("330182002001015"),
                    RegionCode.of("330182002001007"))))
        .contains(RegionCode.of("330182002001016"));
  }

  @Test
  void aCommunityHasNineHundredAndNinetyNineGridCodes() {
    List<RegionCode> all = new ArrayList<>();
    all.add(RegionCode.of("330182002001999"));
    assertThat(RegionTree.nextGridCode(YANGAN, all)).isEmpty();
  }

  @Test
  void anImportIsAuditedWhereTheRegionsItTouchedLie() {
    assertThat(
            RegionTree.commonAncestorPath(
                List.of(
                    "/330100/330182/330182001000/",
                    "/330100/330182/330182001000/330182001001/",
                    "/330100/330182/330182107000/330182107209/")))
        .isEqualTo("/330100/330182/");
    // codes that share leading digits do not make a common region
    assertThat(
            RegionTree.commonAncestorPath(
                List.of("/330100/330182/330182107000/", "/330100/330182/330182107001/")))
        .isEqualTo("/330100/330182/");
    assertThat(RegionTree.commonAncestorPath(List.of("/330100/330182/")))
        .isEqualTo("/330100/330182/");
  }
}
