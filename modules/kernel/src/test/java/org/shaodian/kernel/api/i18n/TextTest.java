package org.shaodian.kernel.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class TextTest {

  private final Text text = Text.of("值守力量名册", "People on duty");

  @Test
  void speaksEachLanguage() {
    assertThat(text.in(Language.ZH)).isEqualTo("值守力量名册");
    assertThat(text.in(Language.EN)).isEqualTo("People on duty");
  }

  @Test
  void nullLanguageMeansChinese() {
    assertThat(text.in(null)).isEqualTo("值守力量名册");
  }

  @Test
  void needsBothLanguages() {
    assertThatNullPointerException().isThrownBy(() -> Text.of(null, "x"));
    assertThatNullPointerException().isThrownBy(() -> Text.of("x", null));
  }

  @Test
  void isAValue() {
    assertThat(Text.of("是", "yes")).isEqualTo(new Text("是", "yes"));
    assertThat(Text.of("是", "yes")).isNotEqualTo(Text.of("是", "Yes"));
  }
}
