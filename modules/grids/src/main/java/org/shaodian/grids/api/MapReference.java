package org.shaodian.grids.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The thing of another module that a map feature shows: the module ({@code source}, e.g. {@code
 * checkpoints}) and its own id for the thing ({@code reference}, e.g. a checkpoint's id). One
 * feature per reference, by a database rule: checkpoint X is this yellow feature and no other.
 */
public record MapReference(String source, String reference) {

  private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9-]{1,29}");
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");

  public MapReference {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reference, "reference");
    if (!SOURCE.matcher(source).matches()) {
      throw new IllegalArgumentException("a source is a module's name, such as checkpoints");
    }
    if (!REFERENCE.matcher(reference).matches()) {
      throw new IllegalArgumentException(
          "a reference is the source's id for the thing: letters, digits and . _ : / -, at most"
              + " 100");
    }
  }

  public static MapReference of(String source, String reference) {
    return new MapReference(source, reference);
  }
}
