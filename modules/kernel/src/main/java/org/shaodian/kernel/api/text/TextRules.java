package org.shaodian.kernel.api.text;

import java.util.Optional;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * What may be in a name and in free text. Text arrives in Unicode NFC (the JSON reader normalises
 * it); lengths count characters (code points), as users and the OpenAPI {@code maxLength} do, not
 * UTF-16 units.
 */
public final class TextRules {

  /** Why a text was refused; the constraint annotations turn it into a field error. */
  public enum Breach {
    BLANK(Text.of("不能为空", "must not be blank")),
    TOO_LONG(Text.of("长度超过上限", "is too long")),
    CONTROL_CHARACTER(Text.of("含有控制字符", "contains control characters")),
    INVISIBLE_CHARACTER(
        Text.of("含有不可见的格式字符(如方向控制符、零宽字符)", "contains invisible formatting characters"));

    private final Text message;

    Breach(Text message) {
      this.message = message;
    }

    /** What a field error says about it. */
    public Text message() {
      return message;
    }
  }

  private TextRules() {}

  /**
   * A name (of a person, a place, a team): not blank — whitespace, the ideographic space U+3000
   * included, does not count —, at most {@code max} characters, and nothing that is not seen: no
   * control characters, no bidirectional overrides or isolates (which reorder what a reader sees),
   * no zero-width characters (which make two names that look alike differ).
   */
  public static Optional<Breach> checkName(String text, int max) {
    if (text.strip().isEmpty()) {
      return Optional.of(Breach.BLANK);
    }
    if (text.codePointCount(0, text.length()) > max) {
      return Optional.of(Breach.TOO_LONG);
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isISOControl(c)) {
        return Optional.of(Breach.CONTROL_CHARACTER);
      }
      if (isInvisible(c)) {
        return Optional.of(Breach.INVISIBLE_CHARACTER);
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /**
   * Free text (a note, a finding): at most {@code max} characters; line breaks and tabs are fine,
   * other control characters and bidirectional overrides are not. May be empty.
   */
  public static Optional<Breach> checkFreeText(String text, int max) {
    if (text.codePointCount(0, text.length()) > max) {
      return Optional.of(Breach.TOO_LONG);
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return Optional.of(Breach.CONTROL_CHARACTER);
      }
      if (isBidiControl(c)) {
        return Optional.of(Breach.INVISIBLE_CHARACTER);
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /**
   * A name that reaches a module other than through a checked REST form (another module's api
   * call): the rules of {@link #checkName}, as a 400 naming the field. Returns the name stripped.
   */
  public static String requireName(String field, String text, int max) {
    Optional<Breach> breach =
        text == null ? Optional.of(Breach.BLANK) : TextRules.checkName(text, max);
    if (breach.isPresent()) {
      throw Problem.invalid(field, breach.get().message());
    }
    return text.strip();
  }

  /**
   * Free text from such a caller: the rules of {@link #checkFreeText}, as a 400 naming the field.
   * Null stays null; the text is returned stripped.
   */
  public static String requireFreeText(String field, String text, int max) {
    if (text == null) {
      return null;
    }
    Optional<Breach> breach = checkFreeText(text, max);
    if (breach.isPresent()) {
      throw Problem.invalid(field, breach.get().message());
    }
    return text.strip();
  }

  /** Bidirectional embeddings, overrides, isolates and marks. */
  static boolean isBidiControl(int c) {
    return c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }

  /** Bidi controls, and characters of no width: ZWSP, ZWNJ, ZWJ, word joiner, BOM, MVS … */
  static boolean isInvisible(int c) {
    return isBidiControl(c)
        || c >= 0x200B && c <= 0x200D
        || c == 0x2060
        || c == 0xFEFF
        || c == 0x180E
        || c == 0x00AD
        || Character.getType(c) == Character.FORMAT;
  }
}
