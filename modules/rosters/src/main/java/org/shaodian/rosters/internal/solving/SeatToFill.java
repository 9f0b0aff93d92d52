package org.shaodian.rosters.internal.solving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.Qualification;

/**
 * One seat of one shift at one post: the unit the solver fills with one person.
 *
 * @param id unique in the problem; the outcome's assignments are keyed by it
 * @param postRegionPath the post's region path, e.g. {@code
 *     /330000/330100/330182/330182107/330182107201/}: a village point sits at its village, a
 *     highway exit at its town
 * @param required qualifications the person must all have
 * @param postTeamId the team that runs this post, if any: its members are preferred
 * @param currentHolder who holds the seat now (a re-plan keeps it where the rules allow), or null
 */
public record SeatToFill(
    int id,
    UUID postId,
    String postRegionPath,
    LocalDate date,
    int shiftNo,
    DutyRole role,
    int seatNo,
    Instant start,
    Instant end,
    Set<Qualification> required,
    UUID postTeamId,
    UUID currentHolder) {

  public SeatToFill {
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(postRegionPath, "postRegionPath");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("seat " + id + " ends before it starts");
    }
    required = Set.copyOf(required);
  }

  public Period period() {
    return new Period(start, end);
  }
}
