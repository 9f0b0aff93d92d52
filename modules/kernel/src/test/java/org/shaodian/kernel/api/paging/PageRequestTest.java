package org.shaodian.kernel.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

class PageRequestTest {

  @Test
  void defaultsToTheFirstPageOfTwenty() {
    PageRequest request = PageRequest.of(null, null);
    assertThat(request.page()).isZero();
    assertThat(request.size()).isEqualTo(20).isEqualTo(PageRequest.DEFAULT_SIZE);
    assertThat(request.offset()).isZero();
  }

  @Test
  void takesTheGivenValues() {
    PageRequest request = PageRequest.of(3, 50);
    assertThat(request).isEqualTo(new PageRequest(3, 50));
    assertThat(request.offset()).isEqualTo(150);
    assertThat(PageRequest.of(2, null).size()).isEqualTo(20);
    assertThat(PageRequest.of(null, 5).page()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 20, 200})
  void acceptsSizesFromOneToTwoHundred(int size) {
    assertThat(new PageRequest(0, size).size()).isEqualTo(size);
  }

  @Test
  void negativePageIsAFieldError() {
    Problem problem = catchThrowableOfType(Problem.class, () -> new PageRequest(-1, 20));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo("invalid-input");
    assertThat(problem.fieldErrors()).extracting(FieldError::field).containsExactly("page");
    assertThat(problem.fieldErrors().get(0).message().in(Language.EN)).isNotBlank();
    assertThat(problem.fieldErrors().get(0).message().in(Language.ZH)).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5, 201, 10_000})
  void sizeOutsideOneToTwoHundredIsAFieldError(int size) {
    Problem problem = catchThrowableOfType(Problem.class, () -> new PageRequest(0, size));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors()).extracting(FieldError::field).containsExactly("size");
    assertThat(problem.fieldErrors().get(0).message().in(Language.EN)).contains("200");
  }

  @Test
  void pageNumbersReachTheFirstTenThousandItems() {
    assertThat(new PageRequest(50, 200).offset()).isEqualTo(10_000);
    Problem problem = catchThrowableOfType(Problem.class, () -> new PageRequest(51, 200));
    assertThat(problem.fieldErrors()).extracting(FieldError::field).containsExactly("page");
    assertThat(problem.fieldErrors().get(0).message().in(Language.EN)).contains("cursor");
    assertThat(catchThrowableOfType(Problem.class, () -> new PageRequest(Integer.MAX_VALUE, 200)))
        .isNotNull();
  }

  @Test
  void aCursorPageSkipsNothingAndHasNoNumber() {
    Cursor after = Cursor.of("/330100/", 7L);
    PageRequest request = PageRequest.parse(null, "50", after.encode());
    assertThat(request.after()).isEqualTo(after);
    assertThat(request.offset()).isZero();
    assertThat(request.size()).isEqualTo(50);
    Problem both =
        catchThrowableOfType(Problem.class, () -> PageRequest.parse("2", null, after.encode()));
    assertThat(both.fieldErrors()).extracting(FieldError::field).containsExactly("page");
  }

  @Test
  void reportsBothFieldsAtOnce() {
    Problem problem = catchThrowableOfType(Problem.class, () -> PageRequest.of(-1, 0));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("page", "size");
  }
}
