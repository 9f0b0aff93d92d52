package org.shaodian.kernel.api.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of record the audit trail speaks about, such as {@code rosters.person}. Each module
 * declares its subject types once, as constants, beside the actions it audits.
 */
public record SubjectType(String module, String name) {

  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]{0,28}");

  public SubjectType {
    requireWord(module, "module");
    requireWord(name, "name");
  }

  public static SubjectType of(String module, String name) {
    return new SubjectType(module, name);
  }

  /** As stored and shown: {@code module.name}. */
  public String id() {
    return module + "." + name;
  }

  @Override
  public String toString() {
    return id();
  }

  static void requireWord(String value, String what) {
    Objects.requireNonNull(value, what);
    if (!WORD.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " must be lower-case letters, digits and hyphens: " + value);
    }
  }
}
