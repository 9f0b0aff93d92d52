package org.shaodian.kernel.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

class VersionsTest {

  @Test
  void readsAQuotedETag() {
    assertThat(Versions.fromIfMatch("\"3\"")).isEqualTo(3L);
    assertThat(Versions.fromIfMatch(" \"42\" ")).isEqualTo(42L);
  }

  @Test
  void readsAnUnquotedVersion() {
    assertThat(Versions.fromIfMatch("3")).isEqualTo(3L);
    assertThat(Versions.fromIfMatch("9000000000")).isEqualTo(9_000_000_000L);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void missingIfMatchIsPreconditionRequired(String ifMatch) {
    Problem problem = catchThrowableOfType(Problem.class, () -> Versions.fromIfMatch(ifMatch));
    assertThat(problem.status()).isEqualTo(428);
    assertThat(problem.type()).isEqualTo("precondition-required");
    assertThat(problem.fieldErrors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "\"abc\"", "\"\"", "\"3", "3.0"})
  void somethingElseIsAnInvalidIfMatch(String ifMatch) {
    Problem problem = catchThrowableOfType(Problem.class, () -> Versions.fromIfMatch(ifMatch));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors()).extracting(FieldError::field).containsExactly("If-Match");
  }
}
