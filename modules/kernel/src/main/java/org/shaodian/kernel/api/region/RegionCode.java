package org.shaodian.kernel.api.region;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * The code of a place in the administrative tree. National division codes (GB/T 2260, six digits)
 * for cities and districts, the statistical codes for towns (9 digits, or 12 with three trailing
 * zeros) and villages (12 digits), and documented local codes (15 digits: village code + 3) for
 * compound grids below them.
 */
@JsonbTypeAdapter(RegionCodeJsonAdapter.class)
@Schema(
    name = "RegionCode",
    type = SchemaType.STRING,
    pattern = RegionCode.PATTERN,
    description = "区域代码 — a region code: 6, 9, 12 or 15 digits",
    examples = "330182107000")
public record RegionCode(String value) implements Comparable<RegionCode> {

  /** The form of a code, for documents (ECMA-262 and Java alike). */
  public static final String PATTERN = "^(\\d{6}|\\d{9}|\\d{12}|\\d{15})$";

  private static final Pattern FORMAT = Pattern.compile(PATTERN);

  public RegionCode {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a region code: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  /** Reads a code from request input; a 400 problem naming the field if it is not one. */
  public static RegionCode parse(String field, String value) {
    if (!isValid(value)) {
      throw Problem.invalid(
          field,
          Text.of("不是有效的区域代码(6、9、12 或 15 位数字)", "not a region code (6, 9, 12 or 15 digits)"));
    }
    return new RegionCode(value);
  }

  @Override
  public int compareTo(RegionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
