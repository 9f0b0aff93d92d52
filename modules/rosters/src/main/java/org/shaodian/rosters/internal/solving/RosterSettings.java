package org.shaodian.rosters.internal.solving;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how widely to search.
 *
 * @param spentLimit solving stops after this much time (the problem's preparation included)
 * @param unimprovedLimit … or once the best roster has not improved for this long
 * @param candidatesTried the construction tries this many candidates per seat, in random order, and
 *     takes the best that breaks no rule (if none of them fits, it looks further down the list for
 *     the first that does); {@code 0} tries every candidate
 * @param candidatePool a seat's candidate list grows ring by ring around its post until it has at
 *     least this many qualified, available people (or the town is exhausted)
 * @param randomSeed the same seed, problem and settings give the same construction
 * @param construction how the first roster is built
 */
public record RosterSettings(
    Duration spentLimit,
    Duration unimprovedLimit,
    int candidatesTried,
    int candidatePool,
    long randomSeed,
    Construction construction) {

  /** How the first roster is built before local search improves it. */
  public enum Construction {
    /**
     * Our own greedy pass (a Timefold custom phase): hardest seats first, the best of {@code
     * candidatesTried} random candidates by the same rules and costs as the score, checked in plain
     * Java. The default.
     */
    GREEDY,
    /**
     * Timefold's first fit, trying {@code candidatesTried} random candidates per seat and never
     * leaving a seat empty by choice (what the spike did).
     */
    FIRST_FIT_CAPPED,
    /** Timefold's default construction heuristic over every candidate: the baseline. */
    TIMEFOLD_DEFAULT
  }

  public RosterSettings {
    Objects.requireNonNull(spentLimit, "spentLimit");
    Objects.requireNonNull(unimprovedLimit, "unimprovedLimit");
    Objects.requireNonNull(construction, "construction");
    if (spentLimit.isNegative() || spentLimit.isZero()) {
      throw new IllegalArgumentException("spentLimit must be positive");
    }
    if (unimprovedLimit.isNegative() || unimprovedLimit.isZero()) {
      throw new IllegalArgumentException("unimprovedLimit must be positive");
    }
    if (candidatesTried < 0 || candidatePool < 1) {
      throw new IllegalArgumentException("candidatesTried ≥ 0 and candidatePool ≥ 1");
    }
  }

  /** 60 s at most, 20 s without improvement, 50 candidates tried, pools of 200, seed 42. */
  public static RosterSettings defaults() {
    return new RosterSettings(
        Duration.ofSeconds(60), Duration.ofSeconds(20), 50, 200, 42L, Construction.GREEDY);
  }

  /**
   * The benchmark's settings: the full minute (no unimproved limit to cut it short), so figures at
   * 15 s and 60 s are comparable between runs.
   */
  public static RosterSettings forBenchmark(long randomSeed) {
    return new RosterSettings(
        Duration.ofSeconds(60), Duration.ofSeconds(60), 50, 200, randomSeed, Construction.GREEDY);
  }

  public RosterSettings withSpentLimit(Duration limit) {
    return new RosterSettings(
        limit, unimprovedLimit, candidatesTried, candidatePool, randomSeed, construction);
  }

  public RosterSettings withUnimprovedLimit(Duration limit) {
    return new RosterSettings(
        spentLimit, limit, candidatesTried, candidatePool, randomSeed, construction);
  }

  public RosterSettings withCandidatesTried(int tried) {
    return new RosterSettings(
        spentLimit, unimprovedLimit, tried, candidatePool, randomSeed, construction);
  }

  public RosterSettings withCandidatePool(int pool) {
    return new RosterSettings(
        spentLimit, unimprovedLimit, candidatesTried, pool, randomSeed, construction);
  }

  public RosterSettings withRandomSeed(long seed) {
    return new RosterSettings(
        spentLimit, unimprovedLimit, candidatesTried, candidatePool, seed, construction);
  }

  public RosterSettings withConstruction(Construction how) {
    return new RosterSettings(
        spentLimit, unimprovedLimit, candidatesTried, candidatePool, randomSeed, how);
  }
}
