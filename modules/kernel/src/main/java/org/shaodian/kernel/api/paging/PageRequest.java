package org.shaodian.kernel.api.paging;

import java.util.ArrayList;
import java.util.List;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.web.QueryParameters;

/** Which page of a list to return: 0-based page number and page size (1 to {@value #MAX_SIZE}). */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    List<FieldError> errors = new ArrayList<>();
    if (page < 0) {
      errors.add(new FieldError("page", Text.of("页码不能小于 0", "must be 0 or more")));
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      errors.add(new FieldError("page", Text.of("页码过大", "is too far")));
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

  /** From optional values, with the defaults. */
  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  /** From the {@code page} and {@code size} query parameters as sent. */
  public static PageRequest parse(String page, String size) {
    return of(QueryParameters.integer("page", page), QueryParameters.integer("size", size));
  }

  public int offset() {
    return page * size;
  }
}
