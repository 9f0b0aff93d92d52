package org.shaodian.kernel.api.personal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PhoneNumber} in one column. List it in the module's persistence.xml. This is the
 * one place where encryption at rest will go, without changing the modules that use the type.
 */
@Converter(autoApply = true)
public class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {

  @Override
  public String convertToDatabaseColumn(PhoneNumber value) {
    return value == null ? null : value.reveal();
  }

  @Override
  public PhoneNumber convertToEntityAttribute(String column) {
    return column == null ? null : PhoneNumber.of(column);
  }
}
