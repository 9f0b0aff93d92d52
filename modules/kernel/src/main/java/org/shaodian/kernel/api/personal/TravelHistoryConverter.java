package org.shaodian.kernel.api.personal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link TravelHistory} in one column, sealed ({@link Sealed}: AES-GCM under the current
 * key). List it in the module's persistence.xml.
 */
@Converter(autoApply = true)
public class TravelHistoryConverter implements AttributeConverter<TravelHistory, String> {

  private static final String TYPE = TravelHistory.class.getSimpleName();

  @Override
  public String convertToDatabaseColumn(TravelHistory value) {
    return value == null ? null : Sealed.seal(TYPE, value.reveal());
  }

  @Override
  public TravelHistory convertToEntityAttribute(String column) {
    return column == null ? null : TravelHistory.of(Sealed.open(TYPE, column));
  }
}
