package org.shaodian.checkpoints.internal.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The screening policy version in force for a place at a time, for the inspections to judge by and
 * to record ({@link #versionId()}).
 *
 * @param versionId the version, to record with every inspection it judged
 * @param policy its rules
 * @param region the region it was issued for: the place itself or the nearest region above it
 * @param regionPath that region's path
 * @param effectiveFrom when it took effect
 */
public record PolicyInForce(
    UUID versionId,
    ScreeningPolicy policy,
    RegionCode region,
    String regionPath,
    Instant effectiveFrom) {

  public PolicyInForce {
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(policy, "policy");
  }

  static PolicyInForce of(PolicyVersion version) {
    return new PolicyInForce(
        version.id(),
        version.policy(),
        version.regionCode(),
        version.regionPath(),
        version.effectiveFrom());
  }

  /** What the policy says of the traveller. */
  public Judgement judge(Traveller traveller) {
    return policy.judge(traveller);
  }

  /**
   * Whether the place at {@code placePath} has it from a region above (not a version of its own).
   */
  public boolean isInheritedBy(String placePath) {
    return !regionPath.equals(placePath);
  }
}
