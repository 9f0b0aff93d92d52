package org.shaodian.kernel.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;

/** Dates in query parameters: ISO 8601 with four-digit years, or a 400 naming the parameter. */
class QueryParametersTest {

  @Test
  void aDateIsRead() {
    assertThat(QueryParameters.date("from", "2026-11-30")).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(QueryParameters.date("from", " 2026-11-30 ")).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(QueryParameters.date("from", "")).isNull();
    assertThat(QueryParameters.date("from", null)).isNull();
    LocalDate today = LocalDate.of(2026, 12, 1);
    assertThat(QueryParameters.date("from", " ", today)).isEqualTo(today);
    assertThat(QueryParameters.date("from", null, today)).isEqualTo(today);
    assertThat(QueryParameters.date("from", "2026-11-30", today))
        .isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void notADateNamesTheParameter() {
    for (String bad :
        new String[] {
          "2026-13-01", "2026-02-30", "30.11.2026", "2026-1-1", "x", "2026-11-30T08:00"
        }) {
      Problem problem = catchThrowableOfType(Problem.class, () -> QueryParameters.date("to", bad));
      assertThat(problem).as(bad).isNotNull();
      assertThat(problem.status()).isEqualTo(400);
      assertThat(problem.fieldErrors())
          .singleElement()
          .satisfies(e -> assertThat(e.field()).isEqualTo("to"));
    }
  }

  @Test
  void aRegionFilterIsReadOrNamesTheParameter() {
    assertThat(QueryParameters.region("region", "330182")).isEqualTo(RegionCode.of("330182"));
    assertThat(QueryParameters.region("region", null)).isNull();
    for (String bad : new String[] {"33018", "", " 330182"}) {
      Problem problem =
          catchThrowableOfType(Problem.class, () -> QueryParameters.region("region", bad));
      assertThat(problem).as(bad).isNotNull();
      assertThat(problem.status()).isEqualTo(400);
      assertThat(problem.fieldErrors())
          .singleElement()
          .satisfies(e -> assertThat(e.field()).isEqualTo("region"));
    }
  }

  @Test
  void yearsBeyondFourDigitsAreRefused() {
    // LocalDate.MAX: a day later is no date, which would otherwise fail as a 500 further on
    for (String far : new String[] {"+999999999-12-31", "+10000-01-01", "-0001-01-01"}) {
      assertThat(catchThrowableOfType(Problem.class, () -> QueryParameters.date("from", far)))
          .as(far)
          .isNotNull();
    }
  }
}
