package org.shaodian.rosters.internal.solving;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Turns a {@link RosterProblem} into the solver's model: workers, seats and candidate lists. */
final class PlanBuilder {

  private record PoolKey(RegionKey post, long required, long start, long end) {}

  private static final Worker[] NO_ONE = new Worker[0];

  private final int poolTarget;
  private final Map<String, RegionKey> regions = new HashMap<>();

  PlanBuilder(int poolTarget) {
    this.poolTarget = poolTarget;
  }

  RosterPlan build(RosterProblem problem) {
    long horizonStart = Long.MAX_VALUE;
    long horizonEnd = Long.MIN_VALUE;
    Set<Integer> seatIds = new HashSet<>();
    for (SeatToFill seat : problem.seats()) {
      if (!seatIds.add(seat.id())) {
        throw new IllegalArgumentException("two seats with the id " + seat.id());
      }
      horizonStart = Math.min(horizonStart, seat.start().getEpochSecond());
      horizonEnd = Math.max(horizonEnd, seat.end().getEpochSecond());
    }

    List<Worker> workers = new ArrayList<>(problem.candidates().size());
    Map<UUID, Worker> byId = new HashMap<>();
    for (Candidate candidate : problem.candidates()) {
      Worker worker = worker(workers.size(), candidate, horizonStart, horizonEnd);
      if (byId.put(worker.id, worker) != null) {
        throw new IllegalArgumentException("two candidates with the id " + worker.id);
      }
      workers.add(worker);
    }

    Neighbourhoods neighbourhoods = new Neighbourhoods(workers);
    Map<UUID, List<Worker>> teams = new HashMap<>();
    for (Worker worker : workers) {
      for (UUID team : worker.teams) {
        teams.computeIfAbsent(team, t -> new ArrayList<>()).add(worker);
      }
    }
    Map<UUID, Worker[]> teamArrays = new HashMap<>();
    teams.forEach((team, members) -> teamArrays.put(team, members.toArray(Worker[]::new)));
    Map<PoolKey, CandidatePool> pools = new HashMap<>();
    List<Seat> seats = new ArrayList<>(problem.seats().size());
    for (SeatToFill source : problem.seats()) {
      RegionKey post = region(source.postRegionPath());
      long required = Rules.mask(source.required());
      long start = source.start().getEpochSecond();
      long end = source.end().getEpochSecond();
      CandidatePool pool =
          pools.computeIfAbsent(
              new PoolKey(post, required, start, end),
              key -> pool(neighbourhoods.ringsAround(post), required, start, end));
      Worker holder = source.currentHolder() == null ? null : byId.get(source.currentHolder());
      List<Worker> candidates = pool.candidates();
      if (holder != null && !pool.contains(holder) && eligible(holder, required, start, end)) {
        // a holder from further away keeps the chance to stay: this seat gets its own list
        candidates = new ArrayList<>(candidates);
        candidates.add(holder);
      }
      SeatInfo info =
          new SeatInfo(
              source,
              post,
              required,
              holder != null && (pool.contains(holder) || candidates != pool.candidates())
                  ? holder
                  : null,
              pool,
              source.postTeamId() == null
                  ? NO_ONE
                  : teamArrays.getOrDefault(source.postTeamId(), NO_ONE));
      seats.add(new Seat(info, candidates, null));
    }
    return new RosterPlan(workers, seats, null, SeatLayout.of(seats));
  }

  /** Region paths repeat (a village's posts and people): parse each once. */
  private RegionKey region(String path) {
    return regions.computeIfAbsent(path, RegionKey::of);
  }

  private CandidatePool pool(List<List<Worker>> rings, long required, long start, long end) {
    List<Worker> candidates = new ArrayList<>();
    int used = 0;
    for (List<Worker> ring : rings) {
      if (candidates.size() >= poolTarget) {
        break;
      }
      used++;
      for (Worker worker : ring) {
        if (eligible(worker, required, start, end)) {
          candidates.add(worker);
        }
      }
    }
    return CandidatePool.of(rings, used, candidates);
  }

  /** Qualified, and neither away nor on an outside duty at that time. */
  static boolean eligible(Worker worker, long required, long start, long end) {
    return worker.qualifiedFor(required)
        && !worker.unavailableDuring(start, end)
        && !worker.otherDutyOverlaps(start, end);
  }

  private Worker worker(int index, Candidate candidate, long horizonStart, long horizonEnd) {
    long[] duties = Rules.periods(candidate.otherDuties());
    long seconds = 0;
    int nights = 0;
    for (Period duty : candidate.otherDuties()) {
      long start = Math.max(duty.start().getEpochSecond(), horizonStart);
      long end = Math.min(duty.end().getEpochSecond(), horizonEnd);
      if (start < end) {
        seconds += end - start;
        if (Rules.isNight(duty.start(), duty.end())) {
          nights++;
        }
      }
    }
    return new Worker(
        index,
        candidate.personId(),
        Rules.mask(candidate.qualifications()),
        region(candidate.homeRegionPath()),
        Set.copyOf(candidate.teamIds()),
        Rules.periods(candidate.unavailable()),
        duties,
        seconds,
        nights);
  }
}
