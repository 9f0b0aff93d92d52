package org.shaodian.kernel.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

class AccountTest {

  private static final Region JIANDE =
      new Region(
          RegionCode.of("330182"),
          "建德市",
          "Jiande",
          RegionLevel.DISTRICT,
          RegionCode.of("330100"),
          "/330100/330182/");
  private static final Region SHOUCHANG =
      new Region(
          RegionCode.of("330182107000"),
          "寿昌镇",
          "Shouchang",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182107000/");

  private static final Instant OPENED = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant LATER = Instant.parse("2026-12-02T00:00:00Z");

  @Test
  void anAccountIsOpenedWithAJurisdiction() {
    Account account = Account.open("jiande-official", JIANDE, OPENED);
    assertThat(account.principal()).isEqualTo("jiande-official");
    assertThat(account.jurisdiction()).isEqualTo(JIANDE.code());
    assertThat(account.createdAt()).isEqualTo(OPENED);
    assertThat(account.updatedAt()).isEqualTo(OPENED);
  }

  @Test
  void movingSaysWhetherTheJurisdictionChanged() {
    Account account = Account.open("jiande-official", JIANDE, OPENED);
    assertThat(account.moveTo(JIANDE, LATER)).isFalse();
    assertThat(account.updatedAt()).isEqualTo(OPENED);
    assertThat(account.moveTo(SHOUCHANG, LATER)).isTrue();
    assertThat(account.jurisdictionCode()).isEqualTo("330182107000");
    assertThat(account.updatedAt()).isEqualTo(LATER);
    assertThat(account.createdAt()).isEqualTo(OPENED);
  }
}
