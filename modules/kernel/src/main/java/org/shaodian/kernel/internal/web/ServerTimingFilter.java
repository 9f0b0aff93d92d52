package org.shaodian.kernel.internal.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Says how long the application took for a request ({@code Server-Timing: app;dur=3.21}, W3C Server
 * Timing), from matching to the response, before the body is written, and then the steps the
 * request timed ({@link org.shaodian.kernel.api.web.ServerTimings}): benchmarks and browsers'
 * developer tools read server time apart from the network's.
 */
@Provider
@PreMatching
@Priority(1)
public class ServerTimingFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String APP = "app";

  private static final String STARTED = ServerTimingFilter.class.getName() + ".started";

  @Inject RequestServerTimings steps;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(STARTED) instanceof Long started) {
      StringBuilder timing = new StringBuilder(metric(APP, System.nanoTime() - started));
      steps.nanos().forEach((step, nanos) -> timing.append(", ").append(metric(step, nanos)));
      response.getHeaders().add("Server-Timing", timing.toString());
    }
  }

  private static String metric(String name, long nanos) {
    return String.format(Locale.ROOT, "%s;dur=%.2f", name, nanos / 1e6);
  }
}
