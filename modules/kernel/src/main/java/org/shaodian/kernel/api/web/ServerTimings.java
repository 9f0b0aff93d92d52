package org.shaodian.kernel.api.web;

import java.util.function.Supplier;

/**
 * The named steps of the current request's work, reported after the application's total in its
 * {@code Server-Timing} header ({@code app;dur=202.51, figures;dur=23.90, render;dur=135.87}): a
 * browser's developer tools and the benchmarks read where a slow request spent its time. Inject it
 * where a request does a few costly things in turn (a briefing: figures, map, PDF); outside an HTTP
 * request (a timer's run) nothing is reported.
 */
public interface ServerTimings {

  /** Runs {@code work} and reports its time under {@code metric} (a lower-case word). */
  <T> T timed(String metric, Supplier<T> work);

  /** Runs {@code work} and reports its time under {@code metric}. */
  default void timed(String metric, Runnable work) {
    timed(
        metric,
        () -> {
          work.run();
          return null;
        });
  }
}
