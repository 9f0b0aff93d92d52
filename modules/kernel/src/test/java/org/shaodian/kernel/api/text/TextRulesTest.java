package org.shaodian.kernel.api.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.text.TextRules.Breach;

class TextRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"余振华", "欧阳娜娜", "Anna Li", "阿卜杜拉·买买提", "🙂😀"})
  void ordinaryNamesPass(String name) {
    assertThat(TextRules.checkName(name, 50)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000", "\u3000 \t", "\n"})
  void whitespaceOnlyIsBlankIdeographicSpaceIncluded(String name) {
    assertThat(TextRules.checkName(name, 50)).contains(Breach.BLANK);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"余\u202E华", "余\u2066华\u2069", "余\u200B华", "余\u200D华", "\uFEFF余华", "余\u200F"})
  void invisibleCharactersAreRefusedInNames(String name) {
    assertThat(TextRules.checkName(name, 50)).contains(Breach.INVISIBLE_CHARACTER);
  }

  @Test
  void controlCharactersAreRefusedInNames() {
    assertThat(TextRules.checkName("余\u0007华", 50)).contains(Breach.CONTROL_CHARACTER);
    assertThat(TextRules.checkName("余\n华", 50)).contains(Breach.CONTROL_CHARACTER);
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    String fiftyEmoji = "🙂".repeat(50);
    assertThat(fiftyEmoji.length()).isEqualTo(100);
    assertThat(TextRules.checkName(fiftyEmoji, 50)).isEmpty();
    assertThat(TextRules.checkName(fiftyEmoji + "🙂", 50)).contains(Breach.TOO_LONG);
    assertThat(TextRules.checkName("长".repeat(51), 50)).contains(Breach.TOO_LONG);
  }

  @Test
  void freeTextKeepsLineBreaksButNotOtherControlsOrOverrides() {
    assertThat(TextRules.checkFreeText("门岗无人值守。\n已通知整改。\t(14:05)", 500)).isEmpty();
    assertThat(TextRules.checkFreeText("", 500)).isEmpty();
    assertThat(TextRules.checkFreeText("a\u0000b", 500)).contains(Breach.CONTROL_CHARACTER);
    assertThat(TextRules.checkFreeText("a\u202Eb", 500)).contains(Breach.INVISIBLE_CHARACTER);
    assertThat(TextRules.checkFreeText("x".repeat(501), 500)).contains(Breach.TOO_LONG);
  }

  @Test
  void callersOtherThanFormsHearTheSameRulesAsA400NamingTheField() {
    assertThat(TextRules.requireName("name", " 洋安社区 ", 50)).isEqualTo("洋安社区");
    Problem blank =
        catchThrowableOfType(Problem.class, () -> TextRules.requireName("name", "\u3000", 50));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("name"))
        .satisfies(e -> assertThat(e.message()).isEqualTo(Breach.BLANK.message()));
    assertThat(
            catchThrowableOfType(Problem.class, () -> TextRules.requireName("name", null, 50))
                .fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.message().en()).isEqualTo("must not be blank"));

    assertThat(TextRules.requireFreeText("hours", null, 10)).isNull();
    assertThat(TextRules.requireFreeText("hours", " 07:00–19:00 ", 20)).isEqualTo("07:00–19:00");
    assertThat(
            catchThrowableOfType(
                    Problem.class, () -> TextRules.requireFreeText("hours", "x".repeat(11), 10))
                .fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("hours"))
        .satisfies(e -> assertThat(e.message().zh()).isEqualTo("长度超过上限"));
  }
}
