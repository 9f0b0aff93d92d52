package org.shaodian.kernel.api.personal;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Immutable;
import org.shaodian.kernel.api.text.TextRules;

/**
 * What a visit found of a person's health (健康情况): temperature, symptoms, as the visitor notes it,
 * e.g. "36.8℃,无咳嗽发热". Health status is sensitive personal information: masked entirely ({@code
 * ****}, not even its length), sealed at rest.
 */
@JsonbTypeSerializer(MaskedJsonSerializer.class)
@Schema(
    name = "HealthNote",
    type = SchemaType.STRING,
    pattern = "^[*]{4}$",
    description = "健康情况(脱敏) — what a visit found of a person's health, masked: ****")
@Immutable
public final class HealthNote extends PersonalDataValue {

  /** The longest note kept, in characters. */
  public static final int MAX = 200;

  private HealthNote(String text) {
    super(text);
  }

  /** 1 to {@link #MAX} characters of free text (line breaks allowed, no control characters). */
  public static HealthNote of(String text) {
    if (!isValid(text)) {
      throw new IllegalArgumentException("not a health note: empty, too long or unreadable");
    }
    return new HealthNote(text.strip());
  }

  public static boolean isValid(String text) {
    return text != null && !text.isBlank() && TextRules.checkFreeText(text.strip(), MAX).isEmpty();
  }

  @Override
  public String masked() {
    return "****";
  }
}
