package org.shaodian.kernel.api.problem;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.shaodian.kernel.api.i18n.Text;

/**
 * A database constraint of a module (unique index, check, foreign key) and what its violation means
 * to the caller: a 409 conflict (one winner per seat) or a 400 naming a field. Rules that span rows
 * live in the database, where concurrent requests cannot slip past them; the module declares here
 * the words for when they hold ({@link org.shaodian.kernel.api.schema.ModuleSchema#constraints()}).
 */
public record ConstraintRule(String name, int status, String field, Text message) {

  public ConstraintRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(message, "message");
    if (!name.matches("[a-z][a-z0-9_]{2,62}")) {
      throw new IllegalArgumentException("constraint names are lower_snake_case: " + name);
    }
    if (status != 409 && status != 400) {
      throw new IllegalArgumentException("a constraint violation is a 409 or a 400");
    }
    name = name.toLowerCase(Locale.ROOT);
  }

  /** The request conflicts with what is stored (someone else holds the seat …): 409. */
  public static ConstraintRule conflict(String name, Text message) {
    return new ConstraintRule(name, 409, null, message);
  }

  /** A field of the request refers to something that cannot be (an unknown post …): 400. */
  public static ConstraintRule invalid(String name, String field, Text message) {
    return new ConstraintRule(name, 400, Objects.requireNonNull(field, "field"), message);
  }

  /** The problem to answer with. */
  public Problem problem() {
    return status == 409
        ? Problem.conflict(message)
        : Problem.invalid(List.of(new FieldError(field, message)));
  }

  /**
   * Whether a database's report of a violated constraint names this one. Databases report names
   * differently (PostgreSQL as declared, H2 in upper case and with {@code _INDEX_n} after the name
   * of an index it made for a unique constraint), so the match ignores case and that suffix. On a
   * table partitioned on PostgreSQL, each partition has its own copy of a unique key, and the
   * report names the copy: a module names it {@code <name>_part_<partition>} ({@code
   * checkpoints_one_inspection_per_device_id_part_20260301}), and the match takes that suffix too.
   */
  public boolean isNamedIn(String report) {
    return report != null && pattern().matcher(report).find();
  }

  private Pattern pattern() {
    return Pattern.compile(
        "(?i)(^|[^a-z0-9_])"
            + Pattern.quote(name)
            + "(_index_[a-z0-9]+|_part_[a-z0-9]+)?($|[^a-z0-9_])");
  }
}
