package org.shaodian.kernel.api.personal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PersonName} in one column, sealed ({@link Sealed}: AES-GCM under the current
 * key). List it in the module's persistence.xml.
 */
@Converter(autoApply = true)
public class PersonNameConverter implements AttributeConverter<PersonName, String> {

  private static final String TYPE = PersonName.class.getSimpleName();

  @Override
  public String convertToDatabaseColumn(PersonName value) {
    return value == null ? null : Sealed.seal(TYPE, value.reveal());
  }

  @Override
  public PersonName convertToEntityAttribute(String column) {
    return column == null ? null : PersonName.of(Sealed.open(TYPE, column));
  }
}
