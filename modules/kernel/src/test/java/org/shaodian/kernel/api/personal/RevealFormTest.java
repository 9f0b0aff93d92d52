package org.shaodian.kernel.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.text.TextRules;

/** A reason that comes other than in the form (a bulk export's query parameter): the same rules. */
class RevealFormTest {

  @Test
  void aReasonIsTakenStripped() {
    assertThat(RevealForm.requireReason("reason", "  核对返乡人员登记 ")).isEqualTo("核对返乡人员登记");
    assertThat(RevealForm.requireReason("reason", "核".repeat(RevealForm.REASON_MAX)))
        .hasSize(RevealForm.REASON_MAX);
  }

  @Test
  void noReasonABlankOneOrOneThatIsNotFreeTextIsA400NamingTheField() {
    assertRefused(null, TextRules.Breach.BLANK);
    assertRefused("", TextRules.Breach.BLANK);
    assertRefused(" \u3000\t", TextRules.Breach.BLANK);
    assertRefused("核".repeat(RevealForm.REASON_MAX + 1), TextRules.Breach.TOO_LONG);
    assertRefused("核对\u0007", TextRules.Breach.CONTROL_CHARACTER);
    assertRefused("核对\u202e", TextRules.Breach.INVISIBLE_CHARACTER);
  }

  private static void assertRefused(String reason, TextRules.Breach breach) {
    Problem problem =
        catchThrowableOfType(Problem.class, () -> RevealForm.requireReason("reason", reason));
    assertThat(problem).as(String.valueOf(reason)).isNotNull();
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("reason");
              assertThat(e.message()).isEqualTo(breach.message());
            });
  }
}
