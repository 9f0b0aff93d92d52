package org.shaodian.kernel.api.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionTest {

  static final Region HANGZHOU =
      new Region(RegionCode.of("330100"), "杭州市", "Hangzhou", RegionLevel.CITY, null, "/330100/");
  static final Region JIANDE =
      new Region(
          RegionCode.of("330182"),
          "建德市",
          "Jiande",
          RegionLevel.DISTRICT,
          RegionCode.of("330100"),
          "/330100/330182/");
  static final Region SHOUCHANG =
      new Region(
          RegionCode.of("330182107000"),
          "寿昌镇",
          "Shouchang Town",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182107000/");
  static final Region CHENGXI =
      new Region(
          RegionCode.of("330182107201"),
          "城西村",
          "Chengxi Village",
          RegionLevel.VILLAGE,
          RegionCode.of("330182107000"),
          "/330100/330182/330182107000/330182107201/");
  static final Region XINANJIANG =
      new Region(
          RegionCode.of("330182001000"),
          "新安江街道",
          "Xin'anjiang",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182001000/");

  @Test
  void aPlaceLiesWithinItsAncestorsAndItself() {
    assertThat(CHENGXI.isWithin(SHOUCHANG)).isTrue();
    assertThat(CHENGXI.isWithin(JIANDE)).isTrue();
    assertThat(CHENGXI.isWithin(HANGZHOU)).isTrue();
    assertThat(SHOUCHANG.isWithin(SHOUCHANG)).isTrue();
  }

  @Test
  void notWithinItsDescendantsOrSiblings() {
    assertThat(SHOUCHANG.isWithin(CHENGXI)).isFalse();
    assertThat(JIANDE.isWithin(SHOUCHANG)).isFalse();
    assertThat(SHOUCHANG.isWithin(XINANJIANG)).isFalse();
    assertThat(CHENGXI.isWithin(XINANJIANG)).isFalse();
  }

  @Test
  void aCodeThatMerelyStartsLikeAnotherIsNotWithinIt() {
    Region lookalike =
        new Region(
            RegionCode.of("330182107"),
            "—",
            null,
            RegionLevel.GRID,
            RegionCode.of("330100"),
            "/330100/330182107/");
    assertThat(lookalike.isWithin(JIANDE)).isFalse();
  }
}
