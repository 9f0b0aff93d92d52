package org.shaodian.kernel.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  private static List<Locale> accept(String... tags) {
    return java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "EN", "EN-us", "en-GB", " en "})
  void englishLangParameterMeansEnglish(String lang) {
    assertThat(Language.choose(lang, null)).isEqualTo(Language.EN);
    assertThat(Language.choose(lang, accept("zh-CN"))).isEqualTo(Language.EN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "ZH", "zh-CN", "zh-Hant-TW"})
  void chineseLangParameterWinsOverAcceptLanguage(String lang) {
    assertThat(Language.choose(lang, accept("en-US", "en"))).isEqualTo(Language.ZH);
  }

  @Test
  void aLangParameterWeDoNotSpeakStillWinsAndMeansChinese() {
    assertThat(Language.choose("fr", accept("en"))).isEqualTo(Language.ZH);
  }

  @Test
  void blankLangParameterFallsBackToAcceptLanguage() {
    assertThat(Language.choose("", accept("en"))).isEqualTo(Language.EN);
    assertThat(Language.choose("   ", accept("en"))).isEqualTo(Language.EN);
    assertThat(Language.choose(null, accept("en"))).isEqualTo(Language.EN);
  }

  @Test
  void acceptLanguagePicksTheFirstEntryWeSpeak() {
    assertThat(Language.choose(null, accept("fr-FR", "de", "en-US", "zh-CN")))
        .isEqualTo(Language.EN);
    assertThat(Language.choose(null, accept("ja", "zh-TW", "en"))).isEqualTo(Language.ZH);
    assertThat(Language.choose(null, accept("zh-Hans-CN", "en"))).isEqualTo(Language.ZH);
    assertThat(Language.choose(null, accept("en-GB", "zh"))).isEqualTo(Language.EN);
  }

  @Test
  void defaultsToChinese() {
    assertThat(Language.choose(null, null)).isEqualTo(Language.ZH);
    assertThat(Language.choose(null, List.of())).isEqualTo(Language.ZH);
    assertThat(Language.choose("", accept("fr", "de"))).isEqualTo(Language.ZH);
  }

  @Test
  void locales() {
    assertThat(Language.ZH.locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
    assertThat(Language.EN.locale().getLanguage()).isEqualTo("en");
  }
}
