package org.shaodian.kernel.internal.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Says how long the application took for a request ({@code Server-Timing: app;dur=3.21}, W3C Server
 * Timing), from matching to the response, before the body is written: benchmarks and browsers'
 * developer tools read server time apart from the network's.
 */
@Provider
@PreMatching
@Priority(1)
public class ServerTimingFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = ServerTimingFilter.class.getName() + ".started";

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(STARTED) instanceof Long started) {
      response
          .getHeaders()
          .add(
              "Server-Timing",
              String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1e6));
    }
  }
}
