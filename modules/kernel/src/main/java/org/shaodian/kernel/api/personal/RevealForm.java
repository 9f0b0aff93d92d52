package org.shaodian.kernel.api.personal;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.text.FreeText;
import org.shaodian.kernel.api.text.TextRules;

/** Why a full value is asked for: recorded with the reveal, read by officials. */
@Schema(
    name = "RevealForm",
    requiredProperties = {"reason"})
public record RevealForm(
    @Schema(
            examples = "通知其明早 8 点到寿昌出口卡口顶班",
            minLength = 1,
            maxLength = RevealForm.REASON_MAX,
            description = "why the full value is needed")
        @NotBlank
        @FreeText(max = RevealForm.REASON_MAX)
        String reason) {

  /** The most characters a reason may have. */
  public static final int REASON_MAX = 200;

  /**
   * A reason that arrives other than in this form (a query parameter of a bulk export), checked by
   * the form's rules — not blank, free text of at most {@value #REASON_MAX} characters — as a 400
   * naming {@code field}; returned stripped.
   */
  public static String requireReason(String field, String text) {
    Optional<TextRules.Breach> breach =
        text == null || text.isBlank()
            ? Optional.of(TextRules.Breach.BLANK)
            : TextRules.checkFreeText(text, REASON_MAX);
    if (breach.isPresent()) {
      throw Problem.invalid(field, breach.get().message());
    }
    return text.strip();
  }
}
