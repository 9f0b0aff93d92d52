package org.shaodian.kernel.internal.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for every resource: unknown properties are an error (a misspelt field must not be silently
 * dropped), nulls are left out. Request bodies reach it through {@link StrictJsonReader}.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

  /** The one JSON-B configuration, for responses and for binding checked request bodies. */
  static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(false)
              .setProperty("jsonb.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
