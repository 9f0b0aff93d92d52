package org.shaodian.kernel.api.personal;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Immutable;

/** A mainland China mobile number, e.g. 13812345678, masked as {@code 138****5678}. */
@JsonbTypeSerializer(MaskedJsonSerializer.class)
@Schema(
    name = "PhoneNumber",
    type = SchemaType.STRING,
    pattern = "^1[3-9][0-9][*]{4}[0-9]{4}$",
    description = "手机号码(脱敏) — a mainland mobile number, masked: 138****5678")
@Immutable
public final class PhoneNumber extends PersonalDataValue {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

  private PhoneNumber(String digits) {
    super(digits);
  }

  /** Accepts spaces, hyphens and a +86 prefix; a clear exception for anything else. */
  public static PhoneNumber of(String text) {
    String normalized = normalize(text);
    if (normalized == null) {
      throw new IllegalArgumentException("not a mainland mobile number");
    }
    return new PhoneNumber(normalized);
  }

  public static boolean isValid(String text) {
    return normalize(text) != null;
  }

  private static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String compact = SEPARATORS.matcher(text).replaceAll("");
    if (compact.startsWith("+86")) {
      compact = compact.substring(3);
    } else if (compact.startsWith("0086")) {
      compact = compact.substring(4);
    }
    return MOBILE.matcher(compact).matches() ? compact : null;
  }

  @Override
  public String masked() {
    return value().substring(0, 3) + "****" + value().substring(7);
  }
}
