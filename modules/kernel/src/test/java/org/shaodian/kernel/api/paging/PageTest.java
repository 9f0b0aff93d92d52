package org.shaodian.kernel.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void mapKeepsThePositionTheTotalAndTheCursor() {
    Page<Integer> page = new Page<>(List.of(1, 2, 3), 2, 3, 10_000, false, "n.3");
    Page<String> mapped = page.map(n -> "#" + n);
    assertThat(mapped.items()).containsExactly("#1", "#2", "#3");
    assertThat(mapped.page()).isEqualTo(2);
    assertThat(mapped.size()).isEqualTo(3);
    assertThat(mapped.total()).isEqualTo(10_000);
    assertThat(mapped.totalExact()).isFalse();
    assertThat(mapped.next()).isEqualTo("n.3");
  }

  @Test
  void itemsAreCopied() {
    List<Integer> items = new ArrayList<>(List.of(1, 2));
    Page<Integer> page = new Page<>(items, 0, 20, 2, true, null);
    items.add(3);
    assertThat(page.items()).containsExactly(1, 2);
    assertThatThrownBy(() -> page.items().add(4)).isInstanceOf(UnsupportedOperationException.class);
  }
}
