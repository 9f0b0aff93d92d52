package org.shaodian.kernel.api.personal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PlateNumber} in one column, sealed ({@link Sealed}: AES-GCM under the current
 * key, {@code enc:v1:…}, about 70 characters). List it in the module's persistence.xml.
 */
@Converter(autoApply = true)
public class PlateNumberConverter implements AttributeConverter<PlateNumber, String> {

  private static final String TYPE = PlateNumber.class.getSimpleName();

  @Override
  public String convertToDatabaseColumn(PlateNumber value) {
    return value == null ? null : Sealed.seal(TYPE, value.reveal());
  }

  @Override
  public PlateNumber convertToEntityAttribute(String column) {
    return column == null ? null : PlateNumber.of(Sealed.open(TYPE, column));
  }
}
