package org.shaodian.kernel.api.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PastCapTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final PastCap pastCap = new PastCap(30, 2, now::get);

  @Test
  void aListCountedPastTheCapIsTakenAsPastItForAWhile() {
    pastCap.counted("town", Page.TOTAL_CAP + 1);

    assertThat(pastCap.isPastCap("town")).isTrue();
    now.addAndGet(29);
    assertThat(pastCap.isPastCap("town")).isTrue();
    now.addAndGet(1);
    assertThat(pastCap.isPastCap("town")).isFalse();
  }

  @Test
  void countsUnderTheCapAreNeverRemembered() {
    pastCap.counted("village", Page.TOTAL_CAP);

    assertThat(pastCap.isPastCap("village")).isFalse();
  }

  @Test
  void aListCountedUnderTheCapAgainIsForgotten() {
    pastCap.counted("town", Page.TOTAL_CAP + 1);
    pastCap.counted("town", 9_000);

    assertThat(pastCap.isPastCap("town")).isFalse();
  }

  @Test
  void listsAreKeptApart() {
    pastCap.counted("city", Page.TOTAL_CAP + 1);

    assertThat(pastCap.isPastCap("town")).isFalse();
  }

  @Test
  void pastTheMostEntriesAllAreForgotten() {
    pastCap.counted("a", Page.TOTAL_CAP + 1);
    pastCap.counted("b", Page.TOTAL_CAP + 1);
    pastCap.counted("c", Page.TOTAL_CAP + 1);

    assertThat(pastCap.isPastCap("a")).isFalse();
    assertThat(pastCap.isPastCap("c")).isTrue();
  }
}
