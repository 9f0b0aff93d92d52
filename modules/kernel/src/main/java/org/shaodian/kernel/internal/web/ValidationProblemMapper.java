package org.shaodian.kernel.internal.web;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problem+json with field errors ({@link ProblemResponses}). Its own
 * registration because the JAX-RS runtime maps {@link ValidationException} itself otherwise.
 */
@Provider
public class ValidationProblemMapper extends ProblemResponses
    implements ExceptionMapper<ValidationException> {

  @Override
  public Response toResponse(ValidationException failure) {
    return respond(failure);
  }
}
