package org.shaodian.kernel.api.personal;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Immutable;
import org.shaodian.kernel.api.text.TextRules;

/**
 * The name of a member of the public where who they are is itself sensitive (a citizen who asks for
 * help, 民呼必应): masked to its first character, {@code 周**}, sealed at rest. The names of the people
 * who serve and of the residents a grid worker visits are not this type: they are shown.
 */
@JsonbTypeSerializer(MaskedJsonSerializer.class)
@Schema(
    name = "PersonName",
    type = SchemaType.STRING,
    description = "姓名(脱敏) — a citizen's name, masked to its first character: 周**")
@Immutable
public final class PersonName extends PersonalDataValue {

  public static final int MAX = 50;

  private PersonName(String name) {
    super(name);
  }

  public static PersonName of(String text) {
    if (!isValid(text)) {
      throw new IllegalArgumentException("not a name: empty, too long or unreadable");
    }
    return new PersonName(text.strip());
  }

  public static boolean isValid(String text) {
    return text != null && TextRules.checkName(text.strip(), MAX).isEmpty();
  }

  @Override
  public String masked() {
    return new String(Character.toChars(value().codePointAt(0))) + "**";
  }
}
