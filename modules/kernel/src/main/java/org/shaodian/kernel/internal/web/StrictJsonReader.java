package org.shaodian.kernel.internal.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.web.Uploads;

/**
 * Reads every JSON request body, strictly, before JSON-B binds it:
 *
 * <ul>
 *   <li>at most {@code shaodian.max-json-bytes} (1 MB) — a 413 as soon as the Content-Length says
 *       more, or the body grows past it, without reading the rest;
 *   <li>UTF-8, one JSON value and nothing after it, no key twice in an object, no lone surrogate in
 *       a string (it would be stored as "?") — a 400 otherwise;
 *   <li>every string normalised to Unicode NFC, so that the same name typed on two devices is the
 *       same text;
 *   <li>every member of the type it is bound to, with the JSON type that member has ({@link
 *       JsonShapes}): {@code "partyMember": 1} or {@code "yes"} is a field error, not {@code
 *       false}; an unknown member is a field error too.
 * </ul>
 *
 * Only then does JSON-B bind the (normalised) value, and Bean Validation check it.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Priority(Priorities.USER)
public class StrictJsonReader implements MessageBodyReader<Object> {

  /**
   * Looked up once: {@code Json.create…} looks the provider up (a ServiceLoader scan) on every
   * call.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  static final long DEFAULT_MAX_BYTES = 1_048_576;

  /**
   * How deep a body may nest: no form goes past a handful of levels, and the JSON parser gives up
   * past a thousand with an error of its own (a body of nothing but brackets).
   */
  static final int MAX_DEPTH = 32;

  @Inject
  @ConfigProperty(name = "shaodian.max-json-bytes", defaultValue = "1048576")
  long maxBytes;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonShapes.isBindable(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    long limit = maxBytes > 0 ? maxBytes : DEFAULT_MAX_BYTES;
    String text =
        Uploads.text(
            Uploads.readAtMost(declaredLength(headers), body, limit),
            StandardCharsets.UTF_8,
            Text.of("请求体不是 UTF-8 文本", "The body is not UTF-8 text"));
    if (text.isBlank()) {
      throw unreadable(Text.of("请求体为空", "The body is empty"));
    }
    Reading reading = new Reading();
    JsonValue value = parse(text, reading);
    List<FieldError> errors = new ArrayList<>();
    JsonShapes.check(value, genericType, FieldPath.BODY, errors);
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    // the text as sent when no string needed normalising (nearly always): the same value, and
    // writing the tree out again costs as much as reading it
    return JsonbConfiguration.JSONB.fromJson(
        reading.normalised ? value.toString() : text, genericType);
  }

  /** The Content-Length the client declared, or -1. */
  private static long declaredLength(MultivaluedMap<String, String> headers) {
    String declared = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
    if (declared == null
        || declared.isEmpty()
        || declared.length() > 18
        || !declared.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(declared);
  }

  /** What reading a body found besides its value. */
  private static final class Reading {
    /** Whether a string of the body was not in NFC, so that its value is not its text. */
    boolean normalised;
  }

  /** One JSON value, strictly; strings in NFC. */
  private static JsonValue parse(String text, Reading reading) {
    try (JsonParser parser = JSON.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw unreadable(Text.of("请求体为空", "The body is empty"));
      }
      JsonValue value = read(parser, parser.next(), FieldPath.BODY, reading);
      if (parser.hasNext()) {
        throw unreadable(Text.of("JSON 值之后还有内容", "There is more after the JSON value"));
      }
      return value;
    } catch (JsonParsingException | IllegalStateException | java.util.NoSuchElementException e) {
      throw unreadable(Text.of("请求体不是合法的 JSON", "The body is not valid JSON"));
    }
  }

  private static JsonValue read(
      JsonParser parser, JsonParser.Event event, FieldPath path, Reading reading) {
    if (path.depth() > MAX_DEPTH) {
      throw unreadable(
          Text.of(
              "JSON 嵌套层数过多(至多 " + MAX_DEPTH + " 层)",
              "The JSON nests too deeply (at most " + MAX_DEPTH + " levels)"));
    }
    switch (event) {
      case START_OBJECT -> {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event next = parser.next();
            next != JsonParser.Event.END_OBJECT;
            next = parser.next()) {
          String key = normalized(parser.getString(), path, reading);
          if (!keys.add(key)) {
            throw Problem.invalid(
                path.member(key).field(), Text.of("同一字段出现了两次", "appears twice in the same object"));
          }
          object.add(key, read(parser, parser.next(), path.member(key), reading));
        }
        return object.build();
      }
      case START_ARRAY -> {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        int index = 0;
        for (JsonParser.Event next = parser.next();
            next != JsonParser.Event.END_ARRAY;
            next = parser.next()) {
          array.add(read(parser, next, path.element(index++), reading));
        }
        return array.build();
      }
      case VALUE_STRING -> {
        return JSON.createValue(normalized(parser.getString(), path, reading));
      }
      case VALUE_NUMBER -> {
        return JSON.createValue(parser.getBigDecimal());
      }
      case VALUE_TRUE -> {
        return JsonValue.TRUE;
      }
      case VALUE_FALSE -> {
        return JsonValue.FALSE;
      }
      case VALUE_NULL -> {
        return JsonValue.NULL;
      }
      default -> throw unreadable(Text.of("请求体不是合法的 JSON", "The body is not valid JSON"));
    }
  }

  /** NFC; a lone surrogate (from a \\uD800 escape) is refused, it cannot be stored. */
  private static String normalized(String text, FieldPath path, Reading reading) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw Problem.invalid(
            path.field(),
            Text.of("含有不成对的代理字符,不是有效的 Unicode 文本", "contains a lone surrogate: not Unicode text"));
      }
    }
    if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return text;
    }
    reading.normalised = true;
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static Problem unreadable(Text detail) {
    return Problem.unreadable(detail);
  }
}
