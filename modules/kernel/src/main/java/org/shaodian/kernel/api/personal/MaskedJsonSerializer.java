package org.shaodian.kernel.api.personal;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/** Writes personal data to JSON in its masked form; the full value never reaches JSON-B. */
public class MaskedJsonSerializer implements JsonbSerializer<PersonalData> {

  @Override
  public void serialize(PersonalData value, JsonGenerator generator, SerializationContext context) {
    generator.write(value.masked());
  }
}
