package org.shaodian.kernel.api.personal;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.Objects;
import java.util.regex.Pattern;
import org.shaodian.kernel.internal.personal.MaskedSerializer;

/** A mainland China mobile number, e.g. 13812345678, masked as {@code 138****5678}. */
@JsonbTypeSerializer(MaskedSerializer.class)
public final class PhoneNumber implements PersonalData {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  private final String digits;

  private PhoneNumber(String digits) {
    this.digits = digits;
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
    String compact = text.replaceAll("[\\s-]", "");
    if (compact.startsWith("+86")) {
      compact = compact.substring(3);
    } else if (compact.startsWith("0086")) {
      compact = compact.substring(4);
    }
    return MOBILE.matcher(compact).matches() ? compact : null;
  }

  @Override
  public String masked() {
    return digits.substring(0, 3) + "****" + digits.substring(7);
  }

  @Override
  public String reveal() {
    return digits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneNumber phone && phone.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(digits);
  }

  @Override
  public String toString() {
    return masked();
  }
}
