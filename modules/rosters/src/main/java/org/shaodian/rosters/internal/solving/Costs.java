package org.shaodian.rosters.internal.solving;

/**
 * The soft preferences and their weights (one unit = one "hour²" of load). Shared by the
 * constraints and the greedy construction. The weights rank the preferences: keeping a seat's
 * holder beats the rest; then a night shift for someone who has had none (100) and keeping a post's
 * team (150); living in another village of the town costs 60, outside the town 200; load is squared
 * hours, so a first 8 h shift costs 64, a second 192, a third 320.
 */
final class Costs {

  static final long NIGHT = 100;
  static final long TEAM_APART = 150;
  static final long OTHER_VILLAGE = 60;
  static final long OTHER_TOWN = 200;
  static final long HOLDER_CHANGED = 400;

  private static final long SECONDS_PER_HOUR_SQUARED = 3600L * 3600L;

  private Costs() {}

  /**
   * Squared hours of a person's load, counted from the outside duties' part: Σ load² stays fair.
   */
  static long load(long otherSeconds, long seconds) {
    long total = otherSeconds + seconds;
    return (total * total - otherSeconds * otherSeconds) / SECONDS_PER_HOUR_SQUARED;
  }

  static long nights(int otherNights, long nights) {
    long total = otherNights + nights;
    return NIGHT * (total * total - (long) otherNights * otherNights);
  }

  /**
   * Same village is best (for a post at town level, anyone living in the town); then another
   * village of the same town; then anywhere else.
   */
  static long distance(RegionKey post, RegionKey home) {
    if (post.town() != home.town()) {
      return OTHER_TOWN;
    }
    if (post.atTownLevel() || post.village() == home.village()) {
      return 0;
    }
    return OTHER_VILLAGE;
  }

  static long team(SeatInfo seat, Worker worker) {
    return seat.teamId != null && !worker.teams.contains(seat.teamId) ? TEAM_APART : 0;
  }

  static long holder(SeatInfo seat, Worker worker) {
    return seat.source.currentHolder() != null && !seat.source.currentHolder().equals(worker.id)
        ? HOLDER_CHANGED
        : 0;
  }
}
