package org.shaodian.kernel.api.region;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.Optional;
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

  /**
   * The level the code's shape says: six digits are a province ({@code xx0000}), a city ({@code
   * xxxx00}) or a district; nine digits, or twelve ending in {@code 000}, a town; other twelve
   * digits a village; fifteen a compound grid.
   */
  public RegionLevel level() {
    return switch (value.length()) {
      case 6 ->
          value.endsWith("0000")
              ? RegionLevel.PROVINCE
              : value.endsWith("00") ? RegionLevel.CITY : RegionLevel.DISTRICT;
      case 9 -> RegionLevel.TOWN;
      case 12 -> value.endsWith("000") ? RegionLevel.TOWN : RegionLevel.VILLAGE;
      default -> RegionLevel.GRID;
    };
  }

  /**
   * The parent the code itself names, as the statistical codes nest: a grid's village (its first 12
   * digits), a village's town (first 9 digits + {@code 000}), a town's district (first 6), a
   * district's city (first 4 + {@code 00}), a city's province (first 2 + {@code 0000}); a province
   * has none. Trees that depart from this (towns with 9-digit codes, say) name the parent instead.
   */
  public Optional<RegionCode> impliedParent() {
    String parent =
        switch (level()) {
          case PROVINCE -> null;
          case CITY -> value.substring(0, 2) + "0000";
          case DISTRICT -> value.substring(0, 4) + "00";
          case TOWN -> value.substring(0, 6);
          case VILLAGE -> value.substring(0, 9) + "000";
          case GRID -> value.substring(0, 12);
        };
    return Optional.ofNullable(parent).map(RegionCode::new);
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
