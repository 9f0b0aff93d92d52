package org.shaodian.kernel.api.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list.
 *
 * @param page the page number asked for, or {@code null} for a page after a cursor
 * @param total how many items the list has, counted up to {@value #TOTAL_CAP}: counting costs what
 *     it counts, so a list of millions says "more than 10,000" ({@code totalExact} false) rather
 *     than scanning them all on every page
 * @param totalExact whether {@code total} is the exact count
 * @param next the cursor of the page after this one (send it back as {@code cursor}); {@code null}
 *     on the last page
 */
@Schema(requiredProperties = {"items", "size", "total", "totalExact"})
public record Page<T>(
    List<T> items, Integer page, int size, long total, boolean totalExact, String next) {

  public static final int TOTAL_CAP = 10_000;

  public Page {
    items = List.copyOf(items);
  }

  /**
   * The page with its items turned into views all at once, so that what the views need (names,
   * children) is loaded in one query per page.
   */
  public <R> Page<R> mapAll(Function<List<T>, List<R>> views) {
    return new Page<>(views.apply(items), page, size, total, totalExact, next);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalExact, next);
  }
}
