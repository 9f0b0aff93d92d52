package org.shaodian.rosters.internal.solving;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * The planning entity: a seat and who fills it. The value range is the seat's own candidate list
 * (people near the post, qualified, and free of leave and outside duties at that time); lists are
 * shared between seats with the same post region, requirements and times.
 */
@PlanningEntity
final class Seat {

  @PlanningId private final Integer id;

  final SeatInfo info;

  @ValueRangeProvider(id = "candidates")
  private final List<Worker> candidates;

  @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
  private Worker person;

  Seat(SeatInfo info, List<Worker> candidates, Worker person) {
    this.id = info.boxedId;
    this.info = info;
    this.candidates = candidates;
    this.person = person;
  }

  /** A clone for the solution cloner: same facts, same person. */
  Seat copy() {
    return new Seat(info, candidates, person);
  }

  Worker getPerson() {
    return person;
  }

  void setPerson(Worker person) {
    this.person = person;
  }

  List<Worker> candidates() {
    return candidates;
  }

  boolean filled() {
    return person != null;
  }

  @Override
  public String toString() {
    return "Seat " + id + (person == null ? " open" : " → " + person.index);
  }
}
