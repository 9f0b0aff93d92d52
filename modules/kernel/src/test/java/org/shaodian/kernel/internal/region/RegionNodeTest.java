package org.shaodian.kernel.internal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

class RegionNodeTest {

  private static final Region YANGAN =
      new Region(
          RegionCode.of("330182002001"),
          "洋安社区",
          "Yang'an Community",
          RegionLevel.VILLAGE,
          RegionCode.of("330182002000"),
          "/330100/330182/330182002000/330182002001/");

  @Test
  void aRootIsItsOwnPathAtTheLevelItsCodeSays() {
    Region root = RegionNode.plantRoot(RegionCode.of("330100"), "杭州市", "Hangzhou").toRegion();
    assertThat(root.path()).isEqualTo("/330100/");
    assertThat(root.level()).isEqualTo(RegionLevel.CITY);
    assertThat(root.parentCode()).isNull();
  }

  @Test
  void aRegionAddedUnderAnotherExtendsItsPath() {
    RegionNode grid =
        RegionNode.addUnder(
            YANGAN, RegionCode.of("330182002001016"), "洋安社区第十六网格", "Yang'an Grid 16", 16);
    Region region = grid.toRegion();
    assertThat(region.path()).isEqualTo(YANGAN.path() + "330182002001016/");
    assertThat(region.level()).isEqualTo(RegionLevel.GRID);
    assertThat(region.parentCode()).isEqualTo(YANGAN.code());
    assertThat(region.isWithin(YANGAN)).isTrue();
    assertThat(grid.sortOrder()).isEqualTo(16);
  }

  @Test
  void aRegionGoesOnlyOneLevelBelowItsParent() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> RegionNode.addUnder(YANGAN, RegionCode.of("330182002002"), "另一个社区", null, 1));
  }

  @Test
  void renamingSaysWhetherAnythingChangedAndKeepsTheEnglishNameUnlessGivenOne() {
    RegionNode node = RegionNode.plantRoot(RegionCode.of("330100"), "杭州市", "Hangzhou");
    assertThat(node.rename("杭州市", null)).isFalse();
    assertThat(node.rename("杭州市", "Hangzhou")).isFalse();
    assertThat(node.rename("杭州", null)).isTrue();
    assertThat(node.toRegion().nameEn()).isEqualTo("Hangzhou");
    assertThat(node.rename("杭州", "Hangzhou City")).isTrue();
    assertThat(node.toRegion().name()).isEqualTo("杭州");
    assertThat(node.toRegion().nameEn()).isEqualTo("Hangzhou City");
    assertThat(node.toRegion().path()).isEqualTo("/330100/");
  }
}
