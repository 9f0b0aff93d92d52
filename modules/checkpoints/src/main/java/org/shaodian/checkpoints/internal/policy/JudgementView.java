package org.shaodian.checkpoints.internal.policy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.checkpoints.api.ScreeningDecision;

/** What the policy in force says of a traveller. */
@Schema(
    name = "ScreeningJudgement",
    description = "试判结果 — what the policy in force says of a traveller's checks",
    requiredProperties = {"decision", "decisionName", "reasons", "inForce"})
public record JudgementView(
    ScreeningDecision decision,
    String decisionName,
    @Schema(description = "every finding, in the order the rules are read; empty on PASS")
        List<ReasonView> reasons,
    PolicyInForceView inForce) {

  /** One finding of a judgement. */
  @Schema(
      name = "ScreeningReason",
      requiredProperties = {"finding", "decision", "text"})
  public record ReasonView(ScreeningFinding finding, ScreeningDecision decision, String text) {}
}
