package org.shaodian.kernel.api.personal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PhoneNumber} in one column, sealed ({@link Sealed}: AES-GCM under the current
 * key, {@code enc:v1:…}, about 70 characters). List it in the module's persistence.xml.
 */
@Converter(autoApply = true)
public class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {

  private static final String TYPE = PhoneNumber.class.getSimpleName();

  @Override
  public String convertToDatabaseColumn(PhoneNumber value) {
    return value == null ? null : Sealed.seal(TYPE, value.reveal());
  }

  @Override
  public PhoneNumber convertToEntityAttribute(String column) {
    return column == null ? null : PhoneNumber.of(Sealed.open(TYPE, column));
  }
}
