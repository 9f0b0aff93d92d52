package org.shaodian.checkpoints.internal.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The screening policy versions of a place and the regions above it, the nearest region's first and
 * each region's latest first: the version in force at a time is the first that took effect by then
 * ({@link PolicyBook#timeline}).
 */
public record PolicyTimeline(List<PolicyInForce> versions) {

  public PolicyTimeline {
    versions = List.copyOf(versions);
  }

  /** The version in force at {@code at}: the nearest region's latest that took effect by then. */
  public Optional<PolicyInForce> inForceAt(Instant at) {
    return versions.stream().filter(v -> !v.effectiveFrom().isAfter(at)).findFirst();
  }
}
