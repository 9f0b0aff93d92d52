package org.shaodian.kernel.api.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * A position in a list: the sort-key values of the last item a page showed, so the next page starts
 * right after it whatever its depth (keyset paging), without counting the rows before it. Clients
 * get it as an opaque, URL-safe string ({@link Page#next()}) and send it back as {@code cursor}.
 */
public final class Cursor {

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
  private static final int MAX_LENGTH = 2_000;

  private final List<Object> keys;

  private Cursor(List<Object> keys) {
    this.keys = List.copyOf(keys);
  }

  /** The keys, in the list's order: text, bytes, UUIDs, whole numbers, instants or days. */
  public static Cursor of(Object... keys) {
    for (Object key : keys) {
      Objects.requireNonNull(key, "a sort key is never null (the order ends with a unique key)");
      if (!(key instanceof String
          || key instanceof byte[]
          || key instanceof UUID
          || key instanceof Long
          || key instanceof Integer
          || key instanceof Instant
          || key instanceof LocalDate)) {
        throw new IllegalArgumentException("not a sort key type: " + key.getClass().getName());
      }
    }
    return new Cursor(Arrays.asList(keys));
  }

  /** Reads a cursor as a client sent it; a 400 naming {@code field} if it is not one of ours. */
  public static Cursor parse(String field, String text) {
    try {
      if (text.length() > MAX_LENGTH) {
        throw new IllegalArgumentException("too long");
      }
      List<Object> keys = new ArrayList<>();
      for (String part : text.split("~", -1)) {
        String value = part.substring(2);
        keys.add(
            switch (part.substring(0, 2)) {
              case "s." -> new String(DECODE.decode(value), StandardCharsets.UTF_8);
              case "b." -> DECODE.decode(value);
              case "u." -> UUID.fromString(value);
              case "n." -> Long.valueOf(value);
              case "t." -> Instant.parse(value);
              case "d." -> LocalDate.parse(value);
              default -> throw new IllegalArgumentException("unknown key type");
            });
      }
      return new Cursor(keys);
    } catch (RuntimeException malformed) {
      throw invalid(field);
    }
  }

  /** The 400 for a cursor that is not one of this list's. */
  public static Problem invalid(String field) {
    return Problem.invalid(
        field,
        Text.of("不是有效的翻页游标(请使用上一页返回的 next)", "not a cursor (send back the previous page's next)"));
  }

  /** The URL-safe text a client sends back. */
  public String encode() {
    StringBuilder text = new StringBuilder();
    for (Object key : keys) {
      if (!text.isEmpty()) {
        text.append('~');
      }
      if (key instanceof String string) {
        text.append("s.").append(ENCODE.encodeToString(string.getBytes(StandardCharsets.UTF_8)));
      } else if (key instanceof byte[] bytes) {
        text.append("b.").append(ENCODE.encodeToString(bytes));
      } else if (key instanceof UUID uuid) {
        text.append("u.").append(uuid);
      } else if (key instanceof Instant instant) {
        text.append("t.").append(instant);
      } else if (key instanceof LocalDate day) {
        text.append("d.").append(day);
      } else {
        text.append("n.").append(((Number) key).longValue());
      }
    }
    return text.toString();
  }

  public int size() {
    return keys.size();
  }

  /** The i-th key, typed as the list's order declares it. */
  public Object key(int i) {
    return keys.get(i);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cursor cursor && cursor.encode().equals(encode());
  }

  @Override
  public int hashCode() {
    return encode().hashCode();
  }

  @Override
  public String toString() {
    return encode();
  }
}
