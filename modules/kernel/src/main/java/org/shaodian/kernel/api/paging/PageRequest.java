package org.shaodian.kernel.api.paging;

import java.util.ArrayList;
import java.util.List;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.web.QueryParameters;

/**
 * Which page of a list to return: by number for the first pages ({@code page}, 0-based, as long as
 * it starts within the first {@value #MAX_OFFSET} items), or right after a {@link Cursor} the
 * previous page handed out ({@code cursor}), at any depth and at the same cost. Size 1 to {@value
 * #MAX_SIZE}.
 */
public record PageRequest(int page, int size, Cursor after) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  /**
   * How deep page numbers go: skipping rows costs what it skips, so beyond this a client follows
   * {@code next} cursors instead (a list UI pages by number near the top and scrolls further).
   */
  public static final int MAX_OFFSET = 10_000;

  public PageRequest {
    List<FieldError> errors = new ArrayList<>();
    if (page < 0) {
      errors.add(new FieldError("page", Text.of("页码不能小于 0", "must be 0 or more")));
    } else if (after != null && page > 0) {
      errors.add(
          new FieldError(
              "page", Text.of("给出 cursor 时不能再给页码", "give either page or cursor, not both")));
    } else if ((long) page * size > MAX_OFFSET) {
      errors.add(
          new FieldError(
              "page",
              Text.of(
                  "页码过大:前 " + MAX_OFFSET + " 条之后请用 next 游标翻页",
                  "is too far: beyond the first "
                      + MAX_OFFSET
                      + " items, follow the next cursor")));
    }
    if (size < 1 || size > MAX_SIZE) {
      errors.add(
          new FieldError(
              "size",
              Text.of("每页条数须在 1 到 " + MAX_SIZE + " 之间", "must be between 1 and " + MAX_SIZE)));
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
  }

  public PageRequest(int page, int size) {
    this(page, size, null);
  }

  /** From optional values, with the defaults. */
  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  /** From the {@code page}, {@code size} and {@code cursor} query parameters as sent. */
  public static PageRequest parse(String page, String size, String cursor) {
    Integer number = QueryParameters.integer("page", page);
    Integer count = QueryParameters.integer("size", size);
    String position = QueryParameters.text("cursor", cursor);
    return new PageRequest(
        number == null ? 0 : number,
        count == null ? DEFAULT_SIZE : count,
        position == null ? null : Cursor.parse("cursor", position));
  }

  /** Rows to skip: a page number's, or none after a cursor. */
  public int offset() {
    return after == null ? page * size : 0;
  }
}
