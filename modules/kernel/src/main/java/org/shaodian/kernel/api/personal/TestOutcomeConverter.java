package org.shaodian.kernel.api.personal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link TestOutcome} in one column, sealed ({@link Sealed}: AES-GCM under the current
 * key), so that a dump of the database tells nobody who tested positive. List it in the module's
 * persistence.xml.
 */
@Converter(autoApply = true)
public class TestOutcomeConverter implements AttributeConverter<TestOutcome, String> {

  private static final String TYPE = TestOutcome.class.getSimpleName();

  @Override
  public String convertToDatabaseColumn(TestOutcome value) {
    return value == null ? null : Sealed.seal(TYPE, value.reveal());
  }

  @Override
  public TestOutcome convertToEntityAttribute(String column) {
    return column == null ? null : TestOutcome.of(Sealed.open(TYPE, column));
  }
}
