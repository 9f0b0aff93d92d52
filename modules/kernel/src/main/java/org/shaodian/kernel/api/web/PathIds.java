package org.shaodian.kernel.api.web;

import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/** Ids in a request's path. */
public final class PathIds {

  private PathIds() {}

  /** A malformed id names no record: the same 404 as an unknown one, naming what was looked for. */
  public static UUID uuid(String id, Text what) {
    try {
      if (id == null || id.length() != 36) {
        throw new IllegalArgumentException();
      }
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw Problem.notFound(what);
    }
  }
}
