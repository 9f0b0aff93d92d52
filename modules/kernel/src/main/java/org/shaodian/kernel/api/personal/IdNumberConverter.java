package org.shaodian.kernel.api.personal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link IdNumber} in one column, sealed ({@link Sealed}: AES-GCM under the current key,
 * {@code enc:v1:…}, about 70 characters). List it in the module's persistence.xml.
 */
@Converter(autoApply = true)
public class IdNumberConverter implements AttributeConverter<IdNumber, String> {

  private static final String TYPE = IdNumber.class.getSimpleName();

  @Override
  public String convertToDatabaseColumn(IdNumber value) {
    return value == null ? null : Sealed.seal(TYPE, value.reveal());
  }

  @Override
  public IdNumber convertToEntityAttribute(String column) {
    return column == null ? null : IdNumber.of(Sealed.open(TYPE, column));
  }
}
