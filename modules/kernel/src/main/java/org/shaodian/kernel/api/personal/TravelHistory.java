package org.shaodian.kernel.api.personal;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Immutable;
import org.shaodian.kernel.api.text.TextRules;

/**
 * Where a person has been (行程): where from, by way of where, as the person or a record says it,
 * e.g. "上海市浦东新区 → 杭州东站 → 建德". Travel history is sensitive personal information: masked entirely
 * ({@code ****}, not even its length), sealed at rest.
 */
@JsonbTypeSerializer(MaskedJsonSerializer.class)
@Schema(
    name = "TravelHistory",
    type = SchemaType.STRING,
    pattern = "^[*]{4}$",
    description = "行程(脱敏) — where a person has been, masked: ****")
@Immutable
public final class TravelHistory extends PersonalDataValue {

  /** The longest travel history kept, in characters. */
  public static final int MAX = 200;

  private TravelHistory(String text) {
    super(text);
  }

  /** 1 to {@link #MAX} characters of free text (line breaks allowed, no control characters). */
  public static TravelHistory of(String text) {
    if (!isValid(text)) {
      throw new IllegalArgumentException("not a travel history: empty, too long or unreadable");
    }
    return new TravelHistory(text.strip());
  }

  public static boolean isValid(String text) {
    return text != null && !text.isBlank() && TextRules.checkFreeText(text.strip(), MAX).isEmpty();
  }

  @Override
  public String masked() {
    return "****";
  }
}
