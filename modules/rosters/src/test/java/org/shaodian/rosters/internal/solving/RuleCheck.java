package org.shaodian.rosters.internal.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The hard rules checked on an outcome from scratch, independently of the solver's code. */
final class RuleCheck {

  private RuleCheck() {}

  static void assertRespected(RosterProblem problem, RosterOutcome outcome) {
    Map<Integer, SeatToFill> seats = new HashMap<>();
    problem.seats().forEach(s -> seats.put(s.id(), s));
    Map<UUID, Candidate> people = new HashMap<>();
    problem.candidates().forEach(c -> people.put(c.personId(), c));
    Map<UUID, List<Period>> duties = new HashMap<>();
    outcome
        .assignments()
        .forEach(
            (seatId, personId) -> {
              SeatToFill seat = seats.get(seatId);
              Candidate person = people.get(personId);
              assertThat(person.qualifications()).containsAll(seat.required());
              assertThat(person.unavailable()).noneMatch(p -> p.overlaps(seat.period()));
              duties.computeIfAbsent(personId, k -> new ArrayList<>()).add(seat.period());
            });
    duties.forEach(
        (personId, mine) -> {
          List<Period> all = new ArrayList<>(mine);
          all.addAll(people.get(personId).otherDuties());
          all.sort((a, b) -> a.start().compareTo(b.start()));
          for (int i = 0; i + 1 < all.size(); i++) {
            Instant endOfOne = all.get(i).end();
            Instant startOfNext = all.get(i + 1).start();
            assertThat(Duration.between(endOfOne, startOfNext))
                .as("rest of %s", personId)
                .isGreaterThanOrEqualTo(Duration.ofHours(16));
          }
          for (int i = 0; i < all.size(); i++) {
            Instant windowEnd = all.get(i).start().plus(Duration.ofDays(7));
            int first = i;
            long inWindow =
                all.stream()
                    .filter(
                        p ->
                            !p.start().isBefore(all.get(first).start())
                                && p.start().isBefore(windowEnd))
                    .count();
            assertThat(inWindow).as("week of %s", personId).isLessThanOrEqualTo(6);
          }
        });
  }
}
