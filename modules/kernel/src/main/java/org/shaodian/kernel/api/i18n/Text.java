package org.shaodian.kernel.api.i18n;

import java.util.Objects;

/**
 * A short text in both working languages. Messages travel as {@code Text} until the moment they are
 * written out, so that each response speaks the caller's language.
 */
public record Text(String zh, String en) {

  public Text {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public static Text of(String zh, String en) {
    return new Text(zh, en);
  }

  public String in(Language language) {
    return language == Language.EN ? en : zh;
  }
}
