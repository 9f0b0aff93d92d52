package org.shaodian.rosters.internal.solving;

import static org.shaodian.rosters.internal.solving.Fixtures.at;
import static org.shaodian.rosters.internal.solving.Fixtures.id;
import static org.shaodian.rosters.internal.solving.Fixtures.seat;
import static org.shaodian.rosters.internal.solving.Fixtures.shift;
import static org.shaodian.rosters.internal.solving.Fixtures.worker;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.Qualification;

class RosterConstraintsTest {

  private final ConstraintVerifier<RosterConstraints, RosterPlan> verifier =
      ConstraintVerifier.build(new RosterConstraints(), RosterPlan.class, Seat.class);

  @Nested
  class Hard {

    @Test
    void aSeatNeedsEveryQualificationItAsksFor() {
      Worker medic = worker().qualified(Qualification.SWAB_SAMPLING).build();
      Worker driver = worker().qualified(Qualification.DRIVING).build();
      var swab = seat(shift(0, 1)).role(DutyRole.SWAB_TAKER, Qualification.SWAB_SAMPLING);
      var both =
          seat(shift(1, 1))
              .role(DutyRole.SWAB_TAKER, Qualification.SWAB_SAMPLING, Qualification.FIRST_AID);
      verifier.verifyThat(RosterConstraints::qualification).given(swab.by(medic)).penalizesBy(0);
      verifier.verifyThat(RosterConstraints::qualification).given(swab.by(driver)).penalizesBy(1);
      verifier.verifyThat(RosterConstraints::qualification).given(both.by(medic)).penalizesBy(1);
    }

    @Test
    void nobodyServesWhileAway() {
      Worker away = worker().away(new Period(at(0, 12), at(2, 0))).build();
      verifier
          .verifyThat(RosterConstraints::unavailable)
          .given(seat(shift(0, 1)).by(away), seat(shift(0, 0)).by(away), seat(shift(2, 0)).by(away))
          .penalizesBy(1); // only the seat 08–16 on Monday touches the leave (half-open periods)
    }

    @Test
    void onePersonCannotHoldTwoSeatsAtOnce() {
      Worker w = worker().build();
      Worker other = worker().build();
      verifier
          .verifyThat(RosterConstraints::overlappingDuties)
          .given(seat(shift(0, 1)).by(w), seat(shift(0, 1)).by(w), seat(shift(0, 1)).by(w))
          .penalizesBy(3); // three pairs
      verifier
          .verifyThat(RosterConstraints::overlappingDuties)
          .given(seat(shift(0, 1)).by(w), seat(shift(0, 1)).by(other), seat(shift(0, 2)).by(w))
          .penalizesBy(0);
    }

    @Test
    void anOutsideDutyCountsForOverlap() {
      Worker w = worker().outsideDuty(new Period(at(0, 10), at(0, 12))).build();
      verifier
          .verifyThat(RosterConstraints::overlappingOutsideDuty)
          .given(seat(shift(0, 1)).by(w), seat(shift(0, 2)).by(w))
          .penalizesBy(1);
    }

    @Test
    void sixteenHoursBetweenTheEndOfOneDutyAndTheStartOfTheNext() {
      Worker w = worker().build();
      // 08–16 then 00–08 the next day: 8 h; 08–16 then 08–16 the next day: exactly 16 h
      verifier
          .verifyThat(RosterConstraints::rest)
          .given(seat(shift(0, 1)).by(w), seat(shift(1, 0)).by(w))
          .penalizesBy(1);
      verifier
          .verifyThat(RosterConstraints::rest)
          .given(seat(shift(0, 1)).by(w), seat(shift(1, 1)).by(w))
          .penalizesBy(0);
      // back to back, and overlapping: the overlap is the other rule's
      verifier
          .verifyThat(RosterConstraints::rest)
          .given(seat(shift(0, 1)).by(w), seat(shift(0, 2)).by(w), seat(shift(0, 2)).by(w))
          .penalizesBy(2);
    }

    @Test
    void restCountsAroundOutsideDuties() {
      Worker w = worker().outsideDuty(new Period(at(-1, 16), at(0, 0))).build();
      verifier
          .verifyThat(RosterConstraints::restAroundOutsideDuty)
          .given(seat(shift(0, 0)).by(w), seat(shift(0, 2)).by(w))
          .penalizesBy(1); // 00–08 right after the outside duty; 16–24 has 16 h
    }

    @Test
    void atMostSixShiftsInAnySevenDays() {
      Worker w = worker().build();
      Worker busy = worker().outsideDuty(new Period(at(6, 16), at(7, 0))).build();
      verifier
          .verifyThat(RosterConstraints::weeklyLimit)
          .given(days(w, 0, 1, 2, 3, 4, 5, 6))
          .penalizesBy(1);
      verifier
          .verifyThat(RosterConstraints::weeklyLimit)
          .given(days(w, 0, 1, 2, 3, 4, 5))
          .penalizesBy(0);
      // day 7 starts a new week for the window that starts on day 0
      verifier
          .verifyThat(RosterConstraints::weeklyLimit)
          .given(days(w, 0, 1, 2, 3, 4, 5, 7))
          .penalizesBy(0);
      verifier
          .verifyThat(RosterConstraints::weeklyLimit)
          .given(days(busy, 0, 1, 2, 3, 4, 5))
          .penalizesBy(1);
    }

    private Object[] days(Worker w, int... days) {
      Object[] seats = new Object[days.length];
      for (int i = 0; i < days.length; i++) {
        seats[i] = seat(shift(days[i], 1)).by(w);
      }
      return seats;
    }
  }

  @Nested
  class Medium {

    @Test
    void anOpenSeatCostsOneMedium() {
      Worker w = worker().build();
      verifier
          .verifyThat(RosterConstraints::unfilledSeat)
          .given(seat(shift(0, 1)).by(null), seat(shift(0, 2)).by(w))
          .penalizesBy(1);
    }
  }

  @Nested
  class Soft {

    @Test
    void loadIsSquaredHoursIncludingOutsideDutiesInTheWeek() {
      Worker w = worker().build();
      Worker busy = worker().outsideDuty(shift(3, 1)).outsideDuty(shift(-1, 1)).build();
      verifier
          .verifyThat(RosterConstraints::fairLoad)
          .given(seat(shift(0, 1)).by(w), seat(shift(1, 1)).by(w))
          .penalizesBy(16 * 16);
      // 8 h outside the week do not count, 8 h inside do: (8 + 16)² − 8²
      verifier
          .verifyThat(RosterConstraints::fairLoad)
          .given(seat(shift(0, 1)).by(busy), seat(shift(1, 1)).by(busy))
          .penalizesBy(24 * 24 - 8 * 8);
    }

    @Test
    void nightsAreSquaredToo() {
      Worker w = worker().build();
      verifier
          .verifyThat(RosterConstraints::fairNights)
          .given(seat(shift(0, 0)).by(w), seat(shift(1, 0)).by(w), seat(shift(2, 1)).by(w))
          .penalizesBy(Costs.NIGHT * 4);
    }

    @Test
    void aPostKeepsItsTeam() {
      UUID team = id(77);
      Worker member = worker().teams(team).build();
      Worker stranger = worker().build();
      verifier
          .verifyThat(RosterConstraints::teamTogether)
          .given(
              seat(shift(0, 1)).team(team).by(member),
              seat(shift(0, 1)).team(team).by(stranger),
              seat(shift(0, 1)).by(stranger))
          .penalizesBy(Costs.TEAM_APART);
    }

    @Test
    void peopleServeNearHome() {
      Worker local = worker().home(Fixtures.VILLAGE_1).build();
      Worker neighbour = worker().home(Fixtures.VILLAGE_2).build();
      Worker townStaff = worker().home(Fixtures.TOWN).build();
      Worker outsider = worker().home(Fixtures.OTHER_TOWN).build();
      verifier
          .verifyThat(RosterConstraints::nearHome)
          .given(
              seat(shift(0, 1)).at(Fixtures.VILLAGE_1).by(local),
              seat(shift(1, 1)).at(Fixtures.VILLAGE_1).by(neighbour),
              seat(shift(2, 1)).at(Fixtures.VILLAGE_1).by(townStaff),
              seat(shift(3, 1)).at(Fixtures.VILLAGE_1).by(outsider),
              // a highway exit stands at town level: anyone of the town is near
              seat(shift(4, 1)).at(Fixtures.TOWN).by(neighbour),
              seat(shift(5, 1)).at(Fixtures.TOWN).by(townStaff))
          .penalizesBy(2 * Costs.OTHER_VILLAGE + Costs.OTHER_TOWN);
    }

    @Test
    void aSeatKeepsItsHolder() {
      Worker holder = worker().build();
      Worker other = worker().build();
      verifier
          .verifyThat(RosterConstraints::stableSeats)
          .given(
              seat(shift(0, 1)).holder(holder.id).by(holder),
              seat(shift(1, 1)).holder(holder.id).by(other),
              seat(shift(2, 1)).by(other))
          .penalizesBy(Costs.HOLDER_CHANGED);
    }
  }
}
