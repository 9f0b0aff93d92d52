package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The command-line options of {@link LoadGenerator#main(String[])}. */
record CommandLine(LoadGenerator.Config config, Format format, boolean help) {

  /** What {@code main} prints on standard output. */
  enum Format {
    /** The report for people. */
    TEXT,
    /** One line of JSON. */
    JSON,
    /** The report, then the line of JSON. */
    BOTH
  }

  static final String USAGE =
      """
      usage: LoadGenerator --url URL --rate N --request 'METHOD /path?query' [options]

        --url URL               base URL, e.g. http://localhost:9080
        -r, --request 'M /p?q'  a request (repeatable; sent round-robin); '/p?q' alone is a GET
        --body JSON|@FILE       JSON body of the preceding --request
        -H, --header 'N: V'     header of the preceding --request; before any, of every request
        -R, --rate N            requests per second, at fixed intervals (required)
        -c, --connections N     workers, each with one HTTP/1.1 connection (default 16)
        --warmup S              seconds sent before measuring (default 5)
        -d, --duration S        seconds measured (default 20)
        -u, --user NAME:PASS    HTTP Basic credentials
        --timeout S             connect and response timeout in seconds (default 10)
        --max-drain S           seconds the backlog may still be sent after the measured period
                                (default the duration, at least 10)
        --server-timing NAME    Server-Timing metric to report (default app)
        --format text|json|both what to print (default text)
        -h, --help              this text

      Latency is measured from each request's intended start time (1/rate apart), so a backlog
      shows as latency; the service time is measured from the actual send.
      """;

  static CommandLine parse(String... args) {
    LoadGenerator.Config.Builder builder = LoadGenerator.builder();
    List<RequestTemplate> templates = new ArrayList<>();
    Map<String, String> commonHeaders = new LinkedHashMap<>();
    Format format = Format.TEXT;
    boolean rateGiven = false;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      String inline = null;
      int eq = option.indexOf('=');
      if (option.startsWith("--") && eq > 0) {
        inline = option.substring(eq + 1);
        option = option.substring(0, eq);
      }
      if (option.equals("-h") || option.equals("--help")) {
        return new CommandLine(null, format, true);
      }
      String value;
      if (inline != null) {
        value = inline;
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(option + " needs a value");
      }
      switch (option) {
        case "--url" -> builder.baseUrl(value);
        case "-r", "--request" -> templates.add(RequestTemplate.parse(value));
        case "--body" -> {
          if (templates.isEmpty()) {
            throw new IllegalArgumentException("--body comes after the --request it belongs to");
          }
          int last = templates.size() - 1;
          templates.set(last, templates.get(last).withBody(readBody(value)));
        }
        case "-H", "--header" -> {
          int colon = value.indexOf(':');
          if (colon <= 0) {
            throw new IllegalArgumentException("a header is 'Name: value': " + value);
          }
          String name = value.substring(0, colon).trim();
          String headerValue = value.substring(colon + 1).trim();
          if (templates.isEmpty()) {
            commonHeaders.put(name, headerValue);
          } else {
            int last = templates.size() - 1;
            templates.set(last, templates.get(last).withHeader(name, headerValue));
          }
        }
        case "-R", "--rate" -> {
          builder.rate(number(option, value));
          rateGiven = true;
        }
        case "-c", "--connections" -> builder.connections((int) whole(option, value));
        case "--warmup" -> builder.warmup(seconds(option, value));
        case "-d", "--duration" -> builder.duration(seconds(option, value));
        case "-u", "--user" -> {
          int colon = value.indexOf(':');
          if (colon <= 0) {
            throw new IllegalArgumentException("--user is NAME:PASSWORD");
          }
          builder.basicAuth(value.substring(0, colon), value.substring(colon + 1));
        }
        case "--timeout" -> builder.timeout(seconds(option, value));
        case "--max-drain" -> builder.maxDrain(seconds(option, value));
        case "--server-timing" -> builder.serverTimingMetric(value);
        case "--format" -> {
          try {
            format = Format.valueOf(value.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format is text, json or both: " + value);
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (!rateGiven) {
      throw new IllegalArgumentException("--rate is required");
    }
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("give at least one --request");
    }
    for (RequestTemplate template : templates) {
      RequestTemplate withCommon = template;
      for (Map.Entry<String, String> header : commonHeaders.entrySet()) {
        if (!template.headers().containsKey(header.getKey())) {
          withCommon = withCommon.withHeader(header.getKey(), header.getValue());
        }
      }
      builder.request(withCommon);
    }
    return new CommandLine(builder.build(), format, false);
  }

  private static String readBody(String value) {
    if (!value.startsWith("@")) {
      return value;
    }
    try {
      return Files.readString(Path.of(value.substring(1)), UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the body file " + value.substring(1), e);
    }
  }

  private static double number(String option, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " is a number: " + value);
    }
  }

  private static long whole(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " is a whole number: " + value);
    }
  }

  private static Duration seconds(String option, String value) {
    double seconds = number(option, value);
    if (!(seconds >= 0) || seconds > 1e6) {
      throw new IllegalArgumentException(option + " is seconds, 0 or more: " + value);
    }
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }
}
