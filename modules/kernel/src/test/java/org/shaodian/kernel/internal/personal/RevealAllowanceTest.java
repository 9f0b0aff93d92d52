package org.shaodian.kernel.internal.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.i18n.Language;

/** Single values by the hour, bulk acts (a register exported in full) by the day. */
class RevealAllowanceTest {

  static final Instant NOW = Instant.parse("2026-11-30T08:15:00Z");

  @Test
  void singleValuesAreCountedWithinTheHour() {
    RevealAllowance single = RevealAllowance.single(20);
    assertThat(single.bulk()).isFalse();
    assertThat(single.since(NOW)).isEqualTo(NOW.minus(Duration.ofHours(1)));
    assertThat(single.refuses(19)).isFalse();
    assertThat(single.refuses(20)).isTrue();
    assertThat(single.refusal().in(Language.EN)).contains("20 full values within the hour");
    assertThat(single.countedAs()).isEqualTo("revealedWithinHour");
  }

  @Test
  void bulkActsAreCountedWithin24Hours() {
    RevealAllowance bulk = RevealAllowance.bulk(3);
    assertThat(bulk.bulk()).isTrue();
    assertThat(bulk.since(NOW)).isEqualTo(NOW.minus(Duration.ofDays(1)));
    assertThat(bulk.refuses(2)).isFalse();
    assertThat(bulk.refuses(3)).isTrue();
    assertThat(bulk.refusal().in(Language.ZH)).contains("24 小时内批量查看完整信息已达 3 次");
    assertThat(bulk.countedAs()).isEqualTo("bulkRevealsWithinDay");
  }

  @Test
  void anAllowanceOfNoneRefusesTheFirstAndANegativeOneIsAMistake() {
    assertThat(RevealAllowance.bulk(0).refuses(0)).isTrue();
    assertThatThrownBy(() -> RevealAllowance.single(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
