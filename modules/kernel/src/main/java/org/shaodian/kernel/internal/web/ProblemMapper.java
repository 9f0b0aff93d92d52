package org.shaodian.kernel.internal.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every failure of a request becomes problem+json ({@link ProblemResponses}). */
@Provider
public class ProblemMapper extends ProblemResponses implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable failure) {
    return respond(failure);
  }
}
