package org.shaodian.rosters.internal.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.rosters.internal.solving.Fixtures.seat;
import static org.shaodian.rosters.internal.solving.Fixtures.shift;
import static org.shaodian.rosters.internal.solving.Fixtures.worker;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterPlanClonerTest {

  private final RosterPlanCloner cloner = new RosterPlanCloner();

  @Test
  void aCloneKeepsWhoSatWhereWhateverHappensToTheOriginalAfterwards() {
    Worker a = worker().build();
    Worker b = worker().build();
    List<Seat> seats = List.of(seat(shift(0, 1)).by(a), seat(shift(1, 1)).by(null));
    RosterPlan original = new RosterPlan(List.of(a, b), seats, HardMediumSoftLongScore.ofSoft(-5));

    RosterPlan clone = cloner.cloneSolution(original);
    seats.get(0).setPerson(b);
    seats.get(1).setPerson(a);

    assertThat(clone.score()).isEqualTo(original.score());
    assertThat(clone.workers()).isSameAs(original.workers());
    assertThat(clone.seats()).hasSize(2);
    assertThat(clone.seats().get(0)).isNotSameAs(seats.get(0));
    assertThat(clone.seats().get(0).getPerson()).isSameAs(a);
    assertThat(clone.seats().get(1).getPerson()).isNull();
    assertThat(clone.seats().get(0).info).isSameAs(seats.get(0).info);
    assertThat(clone.seats().get(0).candidates()).isSameAs(seats.get(0).candidates());
  }

  @Test
  void clonesOfClonesAreIndependentBeforeAndAfterTheirSeatsAreMade() {
    Worker a = worker().build();
    Worker b = worker().build();
    RosterPlan original =
        new RosterPlan(
            List.of(a, b), List.of(seat(shift(0, 1)).by(a)), HardMediumSoftLongScore.ZERO);

    RosterPlan first = cloner.cloneSolution(original);
    RosterPlan unread = cloner.cloneSolution(first); // from a snapshot whose seats were never made
    first.seats().get(0).setPerson(b); // makes first's seats
    RosterPlan second = cloner.cloneSolution(first); // from made seats

    assertThat(unread.seats().get(0).getPerson()).isSameAs(a);
    assertThat(second.seats().get(0).getPerson()).isSameAs(b);
    assertThat(original.seats().get(0).getPerson()).isSameAs(a);
    assertThat(second.seats().get(0)).isNotSameAs(first.seats().get(0));
  }
}
