package org.shaodian.kernel.api.web;

import jakarta.ws.rs.core.EntityTag;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * The one way to version and lock updates over HTTP (RFC 9110): a record's version travels as a
 * strong ETag ({@code "3"}); an update must send it back in If-Match. A missing If-Match is a 428,
 * a stale one a 412, whether the service sees it ({@link #require}) or the optimistic lock catches
 * a change that slipped in meanwhile.
 */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** 412 unless the record is still at the version the update was based on. */
  public static void require(long expected, long current) {
    if (expected != current) {
      throw Problem.staleVersion();
    }
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
