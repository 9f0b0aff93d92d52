package org.shaodian.kernel.api.personal;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Immutable;

/**
 * A mainland vehicle plate (GA 36): province, issuing-office letter and five characters, or six for
 * new-energy vehicles ({@code 浙AD12345}, {@code 浙A12345D}). Masked as {@code 浙A***45}.
 */
@JsonbTypeSerializer(MaskedJsonSerializer.class)
@Schema(
    name = "PlateNumber",
    type = SchemaType.STRING,
    pattern = "^.{2}[*]{3,4}.{2}$",
    description = "车牌号码(脱敏) — a vehicle plate, masked: 浙A***45")
@Immutable
public final class PlateNumber extends PersonalDataValue {

  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  private static final Pattern SEPARATORS = Pattern.compile("[\\s·•.-]");
  private static final Pattern FORMAT =
      Pattern.compile(
          "["
              + PROVINCES
              + "][A-HJ-NP-Z]"
              + "(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]" // ordinary
              + "|[DF][A-HJ-NP-Z0-9]\\d{4}" // new energy, small vehicles
              + "|\\d{5}[DF])"); // new energy, large vehicles

  private PlateNumber(String value) {
    super(value);
  }

  /** Accepts lower case, spaces, hyphens and the middle dot ({@code 浙A·12345}). */
  public static PlateNumber of(String text) {
    String normalized = normalize(text);
    if (normalized == null) {
      throw new IllegalArgumentException("not a mainland vehicle plate");
    }
    return new PlateNumber(normalized);
  }

  public static boolean isValid(String text) {
    return normalize(text) != null;
  }

  private static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String compact = SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    return FORMAT.matcher(compact).matches() ? compact : null;
  }

  /** New-energy plates have eight characters. */
  public boolean isNewEnergy() {
    return value().length() == 8;
  }

  @Override
  public String masked() {
    return value().substring(0, 2)
        + "*".repeat(value().length() - 4)
        + value().substring(value().length() - 2);
  }
}
