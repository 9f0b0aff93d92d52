package org.shaodian.kernel.api.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

class RegionCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"330182", "330182107", "330182107000", "330182107201001"})
  void acceptsSixNineTwelveAndFifteenDigits(String value) {
    assertThat(RegionCode.isValid(value)).isTrue();
    assertThat(RegionCode.of(value).value()).isEqualTo(value);
    assertThat(RegionCode.parse("code", value)).isEqualTo(RegionCode.of(value));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "3301821", // 7 digits
        "33018", // 5 digits
        "3301821070", // 10 digits
        "3301821070001", // 13 digits
        "3301821072010011", // 16 digits
        "abcdef",
        "33018a",
        "x",
        " 330182",
        "330182 ",
        "-33018",
        "３３０１８２" // full-width digits
      })
  void rejectsAnythingElse(String value) {
    assertThat(RegionCode.isValid(value)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(value));
  }

  @Test
  void parseNamesTheFieldInA400Problem() {
    Problem problem = catchThrowableOfType(Problem.class, () -> RegionCode.parse("code", "x"));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors()).extracting(FieldError::field).containsExactly("code");

    Problem missing = catchThrowableOfType(Problem.class, () -> RegionCode.parse("region", null));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.fieldErrors()).extracting(FieldError::field).containsExactly("region");
  }

  @Test
  void toStringIsTheBareCodeAndOrderIsByText() {
    assertThat(RegionCode.of("330182107000")).hasToString("330182107000");
    assertThat(RegionCode.of("330182")).isLessThan(RegionCode.of("330182107000"));
    assertThat(RegionCode.of("330100")).isLessThan(RegionCode.of("330182"));
    assertThat(RegionCode.of("330182")).isEqualByComparingTo(RegionCode.of("330182"));
  }

  @ParameterizedTest
  @CsvSource({
    "330000, PROVINCE, ",
    "330100, CITY, 330000",
    "330182, DISTRICT, 330100",
    "330182107, TOWN, 330182",
    "330182107000, TOWN, 330182",
    "330182107201, VILLAGE, 330182107000",
    "330182002001, VILLAGE, 330182002000",
    "330182002001016, GRID, 330182002001"
  })
  void theCodeSaysItsLevelAndTheParentItNestsIn(
      String code, RegionLevel level, String impliedParent) {
    assertThat(RegionCode.of(code).level()).isEqualTo(level);
    assertThat(RegionCode.of(code).impliedParent().map(RegionCode::value).orElse(null))
        .isEqualTo(impliedParent);
  }

  @Test
  void theImpliedParentIsOneLevelUp() {
    for (String code :
        new String[] {
          "330100", "330182", "330182107", "330182107000", "330182107201", "330182002001016"
        }) {
      RegionCode child = RegionCode.of(code);
      assertThat(child.impliedParent().orElseThrow().level())
          .as(code)
          .isEqualTo(child.level().above().orElseThrow());
    }
  }
}
