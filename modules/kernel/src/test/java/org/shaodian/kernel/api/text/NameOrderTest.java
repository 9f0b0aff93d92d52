package org.shaodian.kernel.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameOrderTest {

  /** How the databases compare the stored keys: byte by byte, unsigned. */
  private static final Comparator<String> BY_KEY =
      (a, b) -> Arrays.compareUnsigned(NameOrder.key(a), NameOrder.key(b));

  @Test
  void namesSortByPinyin() {
    List<String> names =
        new ArrayList<>(List.of("张三", "李官", "王五", "赵六", "阿明", "余振华", "温军", "吴凤英", "朱海涛"));
    names.sort(BY_KEY);
    assertThat(names).containsExactly("阿明", "李官", "王五", "温军", "吴凤英", "余振华", "张三", "赵六", "朱海涛");
  }

  @Test
  void latinNamesComeFirstAndIgnoreCase() {
    List<String> names = new ArrayList<>(List.of("张三", "bob", "Anna"));
    names.sort(BY_KEY);
    assertThat(names).containsExactly("Anna", "bob", "张三");
  }

  @Test
  void aNameThatExtendsAnotherSortsAfterIt() {
    assertThat(BY_KEY.compare("李", "李官")).isNegative();
    assertThat(NameOrder.key("李官")).isEqualTo(NameOrder.key("李官"));
  }
}
