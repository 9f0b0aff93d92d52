package org.shaodian.kernel.api.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Shaodian speaks: Chinese first, English on request. */
public enum Language {
  ZH(Locale.forLanguageTag("zh-CN")),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * Picks the language of a request: an explicit {@code lang} parameter wins, then the first
   * Accept-Language entry we speak, then Chinese.
   */
  public static Language choose(String langParameter, List<Locale> acceptable) {
    if (langParameter != null && !langParameter.isBlank()) {
      return langParameter.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }
    if (acceptable != null) {
      for (Locale locale : acceptable) {
        String language = locale.getLanguage();
        if ("zh".equals(language)) {
          return ZH;
        }
        if ("en".equals(language)) {
          return EN;
        }
      }
    }
    return ZH;
  }
}
