package org.shaodian.bench;

import java.util.List;

/** Reads one metric's duration from {@code Server-Timing} response headers. */
final class ServerTiming {

  private ServerTiming() {}

  /**
   * The {@code dur} of the metric named {@code metric} (case-insensitive), in milliseconds, from
   * header values such as {@code db;dur=2.5, app;dur=12.31;desc="total"}; {@code NaN} when no value
   * names it with a duration.
   */
  static double durationMillis(List<String> headerValues, String metric) {
    for (String value : headerValues) {
      for (String entry : value.split(",")) {
        String[] parts = entry.split(";");
        if (!parts[0].trim().equalsIgnoreCase(metric)) {
          continue;
        }
        for (int i = 1; i < parts.length; i++) {
          String param = parts[i].trim();
          int eq = param.indexOf('=');
          if (eq < 0 || !param.substring(0, eq).trim().equalsIgnoreCase("dur")) {
            continue;
          }
          String number = param.substring(eq + 1).trim();
          if (number.length() >= 2 && number.startsWith("\"") && number.endsWith("\"")) {
            number = number.substring(1, number.length() - 1);
          }
          try {
            double millis = Double.parseDouble(number);
            if (millis >= 0 && !Double.isInfinite(millis)) {
              return millis;
            }
          } catch (NumberFormatException e) {
            // not a duration: look further
          }
        }
      }
    }
    return Double.NaN;
  }
}
