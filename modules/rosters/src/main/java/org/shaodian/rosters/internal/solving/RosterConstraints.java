package org.shaodian.rosters.internal.solving;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.util.function.Function;

/**
 * The rules as Timefold constraint streams. Hard rules count one per break; medium counts open
 * seats; soft is {@link Costs}. Everything is a filter on one seat or on one group per person (by
 * {@link DutiesCollector}), so a move re-evaluates one seat and the two people it touches. Measured
 * on the Yinhu benchmark: self-joins with {@code forEachUniquePair} spent most of their time in the
 * comparison index of its implicit {@code lessThan(id)} joiner; one group per person for overlap,
 * rest, weekly limit, hours and nights is cheaper than two joins and three groups.
 */
public final class RosterConstraints implements ConstraintProvider {

  static final String QUALIFICATION = "Missing qualification";
  static final String UNAVAILABLE = "On leave or in quarantine";
  static final String OVERLAP = "Two duties at once";
  static final String OVERLAP_OUTSIDE = "Duty at once with an outside duty";
  static final String REST = "Less than 16 h rest";
  static final String REST_OUTSIDE = "Less than 16 h rest around an outside duty";
  static final String WEEKLY = "More than 6 shifts in 7 days";
  static final String UNFILLED = "Open seat";
  static final String FAIR_LOAD = "Fair share of hours";
  static final String FAIR_NIGHTS = "Fair share of nights";
  static final String TEAM = "Post's team kept together";
  static final String NEAR_HOME = "Near home";
  static final String STABLE = "Seat holder kept";

  /** One instance, so that Bavet shares the group node of the per-person rules. */
  private static final Function<Seat, Worker> PERSON = Seat::getPerson;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      qualification(factory),
      unavailable(factory),
      overlappingDuties(factory),
      overlappingOutsideDuty(factory),
      rest(factory),
      restAroundOutsideDuty(factory),
      weeklyLimit(factory),
      unfilledSeat(factory),
      fairLoad(factory),
      fairNights(factory),
      teamTogether(factory),
      nearHome(factory),
      stableSeats(factory)
    };
  }

  Constraint qualification(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> !seat.getPerson().qualifiedFor(seat.info.required))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint(QUALIFICATION);
  }

  Constraint unavailable(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> seat.getPerson().unavailableDuring(seat.info.start, seat.info.end))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint(UNAVAILABLE);
  }

  /** One per pair of a person's seats that overlap. */
  Constraint overlappingDuties(ConstraintFactory factory) {
    return duties(factory)
        .filter((person, duties) -> duties.overlaps() > 0)
        .penalize(HardMediumSoftLongScore.ONE_HARD, (person, duties) -> duties.overlaps())
        .asConstraint(OVERLAP);
  }

  Constraint overlappingOutsideDuty(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> seat.getPerson().otherDutyOverlaps(seat.info.start, seat.info.end))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint(OVERLAP_OUTSIDE);
  }

  /** One per pair of a person's seats less than 16 h apart (end of one to start of the other). */
  Constraint rest(ConstraintFactory factory) {
    return duties(factory)
        .filter((person, duties) -> duties.restBreaks() > 0)
        .penalize(HardMediumSoftLongScore.ONE_HARD, (person, duties) -> duties.restBreaks())
        .asConstraint(REST);
  }

  Constraint restAroundOutsideDuty(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> seat.getPerson().otherDutyTooClose(seat.info.start, seat.info.end))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint(REST_OUTSIDE);
  }

  /** By how many duties too many start in the person's fullest 7 days (outside duties count). */
  Constraint weeklyLimit(ConstraintFactory factory) {
    return duties(factory)
        .filter((person, duties) -> duties.weeklyExcess() > 0)
        .penalize(HardMediumSoftLongScore.ONE_HARD, (person, duties) -> duties.weeklyExcess())
        .asConstraint(WEEKLY);
  }

  Constraint unfilledSeat(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(Seat.class)
        .filter(seat -> seat.getPerson() == null)
        .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
        .asConstraint(UNFILLED);
  }

  /**
   * Σ over people of (hours on duty)²: hours spread evenly. Outside duties in the horizon count.
   */
  Constraint fairLoad(ConstraintFactory factory) {
    return duties(factory)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT,
            (person, duties) -> Costs.load(person.otherSeconds, duties.seconds()))
        .asConstraint(FAIR_LOAD);
  }

  /** Σ over people of (night duties)² × {@link Costs#NIGHT}. */
  Constraint fairNights(ConstraintFactory factory) {
    return duties(factory)
        .filter((person, duties) -> duties.nights() > 0)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT,
            (person, duties) -> Costs.nights(person.otherNights, duties.nights()))
        .asConstraint(FAIR_NIGHTS);
  }

  Constraint teamTogether(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> Costs.team(seat.info, seat.getPerson()) > 0)
        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, seat -> Costs.TEAM_APART)
        .asConstraint(TEAM);
  }

  Constraint nearHome(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> Costs.distance(seat.info.post, seat.getPerson().home) > 0)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT,
            seat -> Costs.distance(seat.info.post, seat.getPerson().home))
        .asConstraint(NEAR_HOME);
  }

  Constraint stableSeats(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .filter(seat -> Costs.holder(seat.info, seat.getPerson()) > 0)
        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, seat -> Costs.HOLDER_CHANGED)
        .asConstraint(STABLE);
  }

  /** Each person with their seats summed up; one shared node for the five per-person rules. */
  private static BiConstraintStream<Worker, Duties> duties(ConstraintFactory factory) {
    return factory.forEach(Seat.class).groupBy(PERSON, DutiesCollector.INSTANCE);
  }
}
