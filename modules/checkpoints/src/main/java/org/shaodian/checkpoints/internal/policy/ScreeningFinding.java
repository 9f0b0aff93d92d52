package org.shaodian.checkpoints.internal.policy;

import org.shaodian.checkpoints.api.ScreeningDecision;

/** What a screening policy found in a traveller's checks, and the decision each leads to. */
public enum ScreeningFinding {
  /** 红码, where the policy requires a green code. */
  HEALTH_CODE_RED(ScreeningDecision.REFER),
  /** 黄码, where the policy requires a green code. */
  HEALTH_CODE_YELLOW(ScreeningDecision.REFER),
  /** A temperature at or above the policy's fever mark. */
  FEVER(ScreeningDecision.REFER),
  /** The itinerary passed a risk area within the policy's days. */
  RISK_AREA(ScreeningDecision.TEST_ON_SITE),
  /** From a listed region (or from nowhere known) without a nucleic-acid proof. */
  TEST_MISSING(ScreeningDecision.TEST_ON_SITE),
  /** From a listed region (or from nowhere known) with a proof not younger than the policy asks. */
  TEST_TOO_OLD(ScreeningDecision.TEST_ON_SITE);

  private final ScreeningDecision decision;

  ScreeningFinding(ScreeningDecision decision) {
    this.decision = decision;
  }

  public ScreeningDecision decision() {
    return decision;
  }
}
