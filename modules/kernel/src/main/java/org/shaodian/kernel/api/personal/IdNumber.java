package org.shaodian.kernel.api.personal;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Immutable;

/**
 * A resident identity card number (GB 11643): 6-digit region, 8-digit birth date, 3-digit sequence
 * and a check digit (0-9 or X). Masked as {@code 330182********1234}.
 */
@JsonbTypeSerializer(MaskedJsonSerializer.class)
@Schema(
    name = "IdNumber",
    type = SchemaType.STRING,
    pattern = "^[0-9]{6}[*]{8}[0-9]{3}[0-9X]$",
    description = "身份证号码(脱敏) — a resident ID number, masked: 330182********1234")
@Immutable
public final class IdNumber extends PersonalDataValue {

  private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_DIGITS = "10X98765432".toCharArray();

  private IdNumber(String value) {
    super(value);
  }

  public static IdNumber of(String text) {
    String normalized = normalize(text);
    if (normalized == null) {
      throw new IllegalArgumentException("not a valid resident identity card number");
    }
    return new IdNumber(normalized);
  }

  public static boolean isValid(String text) {
    return normalize(text) != null;
  }

  /** The check digit GB 11643 assigns to the first 17 digits. */
  public static char checkDigit(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_DIGITS[sum % 11];
  }

  private static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String candidate = text.strip().toUpperCase(Locale.ROOT);
    if (!FORMAT.matcher(candidate).matches()) {
      return null;
    }
    if (checkDigit(candidate) != candidate.charAt(17)) {
      return null;
    }
    try {
      LocalDate birth =
          LocalDate.of(
              Integer.parseInt(candidate.substring(6, 10)),
              Integer.parseInt(candidate.substring(10, 12)),
              Integer.parseInt(candidate.substring(12, 14)));
      if (birth.getYear() < 1900) {
        return null;
      }
    } catch (DateTimeException e) {
      return null;
    }
    return candidate;
  }

  /** The date of birth encoded in the number. */
  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value().substring(6, 10)),
        Integer.parseInt(value().substring(10, 12)),
        Integer.parseInt(value().substring(12, 14)));
  }

  @Override
  public String masked() {
    return value().substring(0, 6) + "********" + value().substring(14);
  }
}
