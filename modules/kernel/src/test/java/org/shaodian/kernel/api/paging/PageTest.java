package org.shaodian.kernel.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

  @ParameterizedTest
  @CsvSource({
    "0, 20, 0",
    "1, 20, 1",
    "19, 20, 1",
    "20, 20, 1",
    "21, 20, 2",
    "41, 20, 3",
    "200, 200, 1",
    "401, 200, 3",
    "5000000000, 200, 25000000",
    "7, 0, 0"
  })
  void totalPagesRoundsUp(long total, int size, int expected) {
    assertThat(new Page<>(List.of(), 0, size, total).totalPages()).isEqualTo(expected);
  }

  @Test
  void mapKeepsThePosition() {
    Page<Integer> page = new Page<>(List.of(1, 2, 3), 2, 3, 42);
    Page<String> mapped = page.map(n -> "#" + n);
    assertThat(mapped.items()).containsExactly("#1", "#2", "#3");
    assertThat(mapped.page()).isEqualTo(2);
    assertThat(mapped.size()).isEqualTo(3);
    assertThat(mapped.total()).isEqualTo(42);
    assertThat(mapped.totalPages()).isEqualTo(14);
  }

  @Test
  void itemsAreACopyThatCannotBeChanged() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Page<String> page = new Page<>(items, 0, 20, 2);
    items.add("c");
    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
