package org.shaodian.kernel.api.personal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link HealthNote} in one column, sealed ({@link Sealed}: AES-GCM under the current
 * key). List it in the module's persistence.xml.
 */
@Converter(autoApply = true)
public class HealthNoteConverter implements AttributeConverter<HealthNote, String> {

  private static final String TYPE = HealthNote.class.getSimpleName();

  @Override
  public String convertToDatabaseColumn(HealthNote value) {
    return value == null ? null : Sealed.seal(TYPE, value.reveal());
  }

  @Override
  public HealthNote convertToEntityAttribute(String column) {
    return column == null ? null : HealthNote.of(Sealed.open(TYPE, column));
  }
}
