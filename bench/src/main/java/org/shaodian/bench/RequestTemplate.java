package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One request the load generator sends: a method, a path with its query (relative to the base URL),
 * an optional JSON body and extra headers.
 *
 * @param method the HTTP method, upper-cased
 * @param path the path and query, starting with {@code /}; characters that a URI does not allow
 *     (spaces, Chinese text) are percent-encoded when the request is built, {@code %} escapes are
 *     kept as they are
 * @param body the JSON body, or {@code null} for none; sent with {@code Content-Type:
 *     application/json} unless the headers name another type
 * @param headers extra headers, names case-insensitive
 */
public record RequestTemplate(
    String method, String path, String body, Map<String, String> headers) {

  public RequestTemplate {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    method = method.trim().toUpperCase(Locale.ROOT);
    if (method.isEmpty()) {
      throw new IllegalArgumentException("the method is empty");
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a request path starts with /: " + path);
    }
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      copy.putAll(headers);
    }
    headers = Collections.unmodifiableMap(copy);
  }

  /** A GET of {@code path} (with its query). */
  public static RequestTemplate get(String path) {
    return new RequestTemplate("GET", path, null, Map.of());
  }

  /** A POST of {@code jsonBody} to {@code path}. */
  public static RequestTemplate post(String path, String jsonBody) {
    return new RequestTemplate(
        "POST", path, Objects.requireNonNull(jsonBody, "jsonBody"), Map.of());
  }

  /** Parses {@code "METHOD /path?query"}, or a bare {@code "/path?query"} for a GET. */
  public static RequestTemplate parse(String line) {
    String trimmed = line.trim();
    int space = trimmed.indexOf(' ');
    if (space < 0) {
      return get(trimmed);
    }
    return new RequestTemplate(
        trimmed.substring(0, space), trimmed.substring(space + 1).trim(), null, Map.of());
  }

  /** This template with one more header (replacing one of the same name). */
  public RequestTemplate withHeader(String name, String value) {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new RequestTemplate(method, path, body, copy);
  }

  /** This template with {@code jsonBody} as its body. */
  public RequestTemplate withBody(String jsonBody) {
    return new RequestTemplate(method, path, jsonBody, headers);
  }

  /** {@code "GET /path?query"}. */
  @Override
  public String toString() {
    return method + " " + path;
  }

  /**
   * The request to send: {@code path} resolved against {@code baseUrl}, the timeout and, unless the
   * template has its own, the {@code Authorization} header.
   *
   * @param authorization the {@code Authorization} value, or {@code null} for none
   */
  HttpRequest toHttpRequest(URI baseUrl, Duration timeout, String authorization) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(resolve(baseUrl, path));
    if (timeout != null) {
      builder.timeout(timeout);
    }
    headers.forEach(builder::header);
    if (body != null && !headers.containsKey("Content-Type")) {
      builder.header("Content-Type", "application/json");
    }
    if (authorization != null && !headers.containsKey("Authorization")) {
      builder.header("Authorization", authorization);
    }
    builder.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, UTF_8));
    return builder.build();
  }

  /** {@code baseUrl} followed by {@code path}, keeping any context path of the base URL. */
  static URI resolve(URI baseUrl, String path) {
    String base = baseUrl.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + encodeIllegal(path));
  }

  /** Percent-encodes (as UTF-8) the characters that may not appear in a URI as they are. */
  static String encodeIllegal(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean legal = c > ' ' && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0;
      if (legal) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
      for (byte b : s.substring(i, end).getBytes(UTF_8)) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
      i = end - 1;
    }
    return out == null ? s : out.toString();
  }
}
