package org.shaodian.kernel.internal.web;

/**
 * Where a value stands in a request body, as a field error names it ({@code people[1].name}; the
 * body itself is {@code ""}). Written out as text only for an error: a device batch has tens of
 * thousands of values, and nearly every body none.
 */
final class FieldPath {

  static final FieldPath BODY = new FieldPath(null, null, -1);

  private final FieldPath parent;
  private final String key;
  private final int index;
  private final int depth;

  private FieldPath(FieldPath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  /** How deep in the body: 0 for the body itself. */
  int depth() {
    return depth;
  }

  FieldPath member(String key) {
    return new FieldPath(this, key, -1);
  }

  FieldPath element(int index) {
    return new FieldPath(this, null, index);
  }

  /** The path as a field error names it: {@code body} for the body itself. */
  String field() {
    String text = toString();
    return text.isEmpty() ? "body" : text;
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    write(text);
    return text.toString();
  }

  private void write(StringBuilder text) {
    if (parent == null) {
      return;
    }
    parent.write(text);
    if (key == null) {
      text.append('[').append(index).append(']');
    } else {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(key);
    }
  }
}
