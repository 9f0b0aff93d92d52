package org.shaodian.checkpoints.internal.policy;

import java.util.List;
import java.util.Objects;
import org.shaodian.checkpoints.api.ScreeningDecision;
import org.shaodian.kernel.api.i18n.Text;

/**
 * What a screening policy says of one traveller: the decision, the strictest that any finding leads
 * to ({@link ScreeningDecision#PASS} when there is none), and every finding with its reason, in the
 * order the rules are read (health code, temperature, itinerary, test).
 */
public record Judgement(ScreeningDecision decision, List<Reason> reasons) {

  public Judgement {
    Objects.requireNonNull(decision, "decision");
    reasons = List.copyOf(reasons);
  }

  /** The judgement the findings make. */
  static Judgement of(List<Reason> reasons) {
    ScreeningDecision decision = ScreeningDecision.PASS;
    for (Reason reason : reasons) {
      decision = decision.stricter(reason.finding().decision());
    }
    return new Judgement(decision, reasons);
  }

  /** Whether the policy found this. */
  public boolean found(ScreeningFinding finding) {
    return reasons.stream().anyMatch(reason -> reason.finding() == finding);
  }

  /** One finding and why, in both languages. */
  public record Reason(ScreeningFinding finding, Text text) {

    public Reason {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(text, "text");
    }
  }
}
