package org.shaodian.rosters.internal.solving;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Moves that Timefold's generic selectors make expensive here, drawn at random from two small
 * neighbourhoods of a seat (the community edition has no nearby selection, and its swap selector
 * must filter every pair through per-seat value ranges, which cost more than the moves):
 *
 * <ul>
 *   <li>swap the people of two seats at the same post (any day or shift): moves night shifts and
 *       hours between people who both serve there;
 *   <li>swap the people of two seats that start at the same time in the same town (any post): lets
 *       two posts trade people to keep their teams together or people near home, and can never
 *       break a rest or overlap rule by itself;
 *   <li>fill an open seat with one of its candidates.
 * </ul>
 *
 * A swap whose people lack the other seat's qualifications is not proposed. Everything else is left
 * to the score.
 */
public final class SeatMoves implements MoveIteratorFactory<RosterPlan, AbstractMove<RosterPlan>> {

  private static final String VARIABLE = "person";

  /**
   * Of every four moves drawn, two give a seat to another candidate, one swaps at a post, one swaps
   * across posts at the same time.
   */
  private static final int CHANGE_SHARE = 2;

  /**
   * Draws that may come to nothing before giving up on this move (then a move that is never done).
   */
  private static final int MAX_ATTEMPTS = 1000;

  private Seat[] seats;
  private Seat[][] samePost;
  private Seat[][] sameStart;

  @Override
  public void phaseStarted(ScoreDirector<RosterPlan> scoreDirector) {
    List<Seat> working = scoreDirector.getWorkingSolution().seats();
    seats = working.toArray(Seat[]::new);
    // grouped with the same requirements, so that a swap never lacks a qualification
    samePost = group(working, seat -> List.of(seat.info.source.postId(), seat.info.required));
    sameStart =
        group(working, seat -> List.of(seat.info.post.town(), seat.info.start, seat.info.required));
  }

  @Override
  public void phaseEnded(ScoreDirector<RosterPlan> scoreDirector) {
    seats = null;
    samePost = null;
    sameStart = null;
  }

  /** For each seat (by its index in the list), the seats sharing its key (itself included). */
  private static Seat[][] group(List<Seat> seats, java.util.function.Function<Seat, Object> key) {
    Map<Object, List<Seat>> groups = new HashMap<>();
    for (Seat seat : seats) {
      groups.computeIfAbsent(key.apply(seat), k -> new ArrayList<>()).add(seat);
    }
    Map<Object, Seat[]> arrays = new HashMap<>();
    groups.forEach((k, list) -> arrays.put(k, list.toArray(Seat[]::new)));
    Seat[][] bySeat = new Seat[seats.size()][];
    for (int i = 0; i < seats.size(); i++) {
      bySeat[i] = arrays.get(key.apply(seats.get(i)));
    }
    return bySeat;
  }

  @Override
  public long getSize(ScoreDirector<RosterPlan> scoreDirector) {
    return (long) scoreDirector.getWorkingSolution().seats().size() * 64;
  }

  @Override
  public Iterator<AbstractMove<RosterPlan>> createOriginalMoveIterator(
      ScoreDirector<RosterPlan> scoreDirector) {
    throw new UnsupportedOperationException("seat moves are drawn at random only");
  }

  @Override
  public Iterator<AbstractMove<RosterPlan>> createRandomMoveIterator(
      ScoreDirector<RosterPlan> scoreDirector, Random random) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public AbstractMove<RosterPlan> next() {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
          AbstractMove<RosterPlan> move = draw(random);
          if (move != null) {
            return move;
          }
        }
        // nothing to move here (tiny or fully pinned problems): a move that is never done
        Seat seat = seats[random.nextInt(seats.length)];
        return new Give(seat, seat.getPerson());
      }
    };
  }

  private AbstractMove<RosterPlan> draw(Random random) {
    int i = random.nextInt(seats.length);
    Seat a = seats[i];
    int kind = random.nextInt(CHANGE_SHARE + 2);
    if (kind < CHANGE_SHARE) {
      // change: someone else from the seat's candidates (or an open seat filled)
      List<Worker> candidates = a.candidates();
      if (candidates.isEmpty()) {
        return null;
      }
      Worker person = candidates.get(random.nextInt(candidates.size()));
      return person == a.getPerson() ? null : new Give(a, person);
    }
    Seat[] group = kind == CHANGE_SHARE ? samePost[i] : sameStart[i];
    if (group.length < 2) {
      return null;
    }
    Seat b = group[random.nextInt(group.length)];
    if (b == a || b.getPerson() == a.getPerson()) {
      return null;
    }
    return new Swap(a, b);
  }

  /** Gives a seat to someone (else). */
  static final class Give extends AbstractMove<RosterPlan> {
    private final Seat seat;
    private final Worker person;

    Give(Seat seat, Worker person) {
      this.seat = seat;
      this.person = person;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RosterPlan> scoreDirector) {
      return seat.getPerson() != person;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RosterPlan> scoreDirector) {
      scoreDirector.beforeVariableChanged(seat, VARIABLE);
      seat.setPerson(person);
      scoreDirector.afterVariableChanged(seat, VARIABLE);
    }

    @Override
    public Collection<?> getPlanningEntities() {
      return List.of(seat);
    }

    @Override
    public Collection<?> getPlanningValues() {
      return List.of(person);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
      return "Give(Seat.person)";
    }

    @Override
    public String toString() {
      return seat + " <- " + person;
    }
  }

  /** Swaps the people of two seats (the second may be open: then the first one's person moves). */
  static final class Swap extends AbstractMove<RosterPlan> {
    private final Seat a;
    private final Seat b;

    Swap(Seat a, Seat b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RosterPlan> scoreDirector) {
      return a != b && a.getPerson() != b.getPerson();
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RosterPlan> scoreDirector) {
      Worker pa = a.getPerson();
      Worker pb = b.getPerson();
      scoreDirector.beforeVariableChanged(a, VARIABLE);
      a.setPerson(pb);
      scoreDirector.afterVariableChanged(a, VARIABLE);
      scoreDirector.beforeVariableChanged(b, VARIABLE);
      b.setPerson(pa);
      scoreDirector.afterVariableChanged(b, VARIABLE);
    }

    @Override
    public Collection<?> getPlanningEntities() {
      return List.of(a, b);
    }

    @Override
    public Collection<?> getPlanningValues() {
      List<Worker> values = new ArrayList<>(2);
      if (a.getPerson() != null) {
        values.add(a.getPerson());
      }
      if (b.getPerson() != null) {
        values.add(b.getPerson());
      }
      return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
      return "Swap(Seat.person)";
    }

    @Override
    public String toString() {
      return a + " <-> " + b;
    }
  }
}
