package org.shaodian.kernel.api.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionLevelTest {

  @Test
  void eachLevelBelongsUnderTheOneAboveIt() {
    assertThat(RegionLevel.GRID.above()).contains(RegionLevel.VILLAGE);
    assertThat(RegionLevel.VILLAGE.above()).contains(RegionLevel.TOWN);
    assertThat(RegionLevel.TOWN.above()).contains(RegionLevel.DISTRICT);
    assertThat(RegionLevel.DISTRICT.above()).contains(RegionLevel.CITY);
    assertThat(RegionLevel.CITY.above()).contains(RegionLevel.PROVINCE);
    assertThat(RegionLevel.PROVINCE.above()).isEmpty();
  }
}
