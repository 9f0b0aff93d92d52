package org.shaodian.kernel.api.web;

import jakarta.ws.rs.core.EntityTag;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * The one way to version and lock updates over HTTP: a record's version travels as a strong ETag
 * ({@code "3"}); an update must send it back in If-Match. A missing If-Match is a 428, a stale one
 * a 409 (from the optimistic lock).
 */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version an update was based on, from its If-Match header. */
  public static long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw Problem.preconditionRequired();
    }
    String tag = ifMatch.strip();
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw Problem.invalid(
          "If-Match",
          Text.of("If-Match 须为记录的 ETag,如 \"3\"", "must be the record's ETag, such as \"3\""));
    }
  }
}
