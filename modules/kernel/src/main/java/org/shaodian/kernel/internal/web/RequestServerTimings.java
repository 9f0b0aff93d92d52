package org.shaodian.kernel.internal.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.shaodian.kernel.api.web.ServerTimings;

/**
 * The steps timed in this request, in the order they ended; {@link ServerTimingFilter} says them.
 */
@RequestScoped
public class RequestServerTimings implements ServerTimings {

  private static final Pattern METRIC = Pattern.compile("[a-z]{1,20}");

  private final Map<String, Long> nanos = new LinkedHashMap<>();

  @Override
  public <T> T timed(String metric, Supplier<T> work) {
    if (!METRIC.matcher(metric).matches() || metric.equals(ServerTimingFilter.APP)) {
      throw new IllegalArgumentException("a metric is a lower-case word other than app: " + metric);
    }
    long started = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.merge(metric, System.nanoTime() - started, Long::sum);
    }
  }

  Map<String, Long> nanos() {
    return nanos;
  }
}
