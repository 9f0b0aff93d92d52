package org.shaodian.rosters.internal.solving;

import java.util.ArrayList;
import java.util.List;

/**
 * Why each open seat is open, judged on the final roster: among the qualified people of the rings
 * the seat's candidates were drawn from, what stops each one (leave or quarantine, a duty at the
 * same time, too little rest, the weekly limit); the reason that stops most of them is the seat's
 * reason. Nobody qualified there: {@link UnfilledReason#NO_QUALIFIED_PERSON}. Someone qualified was
 * free: {@link UnfilledReason#SOLVER_STOPPED}.
 */
final class UnfilledReasons {

  private UnfilledReasons() {}

  static List<UnfilledSeat> explain(RosterPlan plan) {
    Schedules schedules = new Schedules(plan.workers());
    for (Seat seat : plan.seats()) {
      if (seat.filled()) {
        schedules.add(seat.getPerson(), seat.info.start, seat.info.end);
      }
    }
    List<UnfilledSeat> unfilled = new ArrayList<>();
    for (Seat seat : plan.seats()) {
      if (!seat.filled()) {
        unfilled.add(new UnfilledSeat(seat.info.id, reason(seat.info, schedules)));
      }
    }
    return unfilled;
  }

  static UnfilledReason reason(SeatInfo seat, Schedules schedules) {
    int[] blocked = new int[Schedules.Block.values().length];
    boolean anyQualified = false;
    for (List<Worker> ring : seat.pool.scannedRings()) {
      for (Worker worker : ring) {
        if (worker.qualifiedFor(seat.required)) {
          anyQualified = true;
          blocked[schedules.check(worker, seat.start, seat.end).ordinal()]++;
        }
      }
    }
    if (!anyQualified) {
      return UnfilledReason.NO_QUALIFIED_PERSON;
    }
    if (blocked[Schedules.Block.NONE.ordinal()] > 0) {
      return UnfilledReason.SOLVER_STOPPED;
    }
    Schedules.Block dominant = Schedules.Block.UNAVAILABLE;
    for (Schedules.Block block : Schedules.Block.values()) {
      if (blocked[block.ordinal()] > blocked[dominant.ordinal()]) {
        dominant = block;
      }
    }
    return switch (dominant) {
      case UNAVAILABLE -> UnfilledReason.QUALIFIED_PEOPLE_UNAVAILABLE;
      case ON_DUTY -> UnfilledReason.QUALIFIED_PEOPLE_ON_DUTY;
      case REST -> UnfilledReason.REST_RULE;
      case WEEKLY -> UnfilledReason.WEEKLY_LIMIT;
      case NONE -> throw new IllegalStateException("free people were handled above");
    };
  }
}
