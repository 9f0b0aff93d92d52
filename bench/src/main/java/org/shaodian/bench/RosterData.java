package org.shaodian.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.Qualification;
import org.shaodian.rosters.internal.solving.Candidate;
import org.shaodian.rosters.internal.solving.Period;
import org.shaodian.rosters.internal.solving.RosterProblem;
import org.shaodian.rosters.internal.solving.SeatToFill;

/**
 * A generated sub-district like Yinhu 银湖街道 for the roster solver: 113 posts (3 highway exits at
 * town level with 9 seats a shift, 110 village points with 4–10 seats a shift), three 8-hour shifts
 * (00–08, 08–16, 16–24 Asia/Shanghai) for 7 days, and 10,000 people in 30 villages and the town
 * office. The same seed gives the same problem.
 *
 * <p>Seats by role: a highway exit has a point leader, a group leader, 2 recorders, 2 guides, 2
 * inspectors and a swab taker; a village point a group leader, a recorder, a guide, an inspector, a
 * swab taker at 40 % of the points, and the rest volunteers, guides and inspectors. Leaders need
 * {@code SHIFT_LEADERSHIP}, recorders {@code DATA_ENTRY}, guides {@code TRAFFIC_GUIDANCE},
 * inspectors {@code ANTIGEN_TESTING}, swab takers {@code SWAB_SAMPLING}, volunteers nothing. Half
 * the posts have a team (25 people of the post's village, or of the town office for an exit). Some
 * people are away for a few days, and 5 % had a duty the evening before the week (it counts for the
 * rest rule).
 */
final class RosterData {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

  /** What to generate. */
  record Spec(
      String name,
      long seed,
      int villages,
      int people,
      int townStaff,
      int highwayPosts,
      int villagePosts,
      int minSeats,
      int maxSeats,
      int days,
      double swabShare,
      double awayShare,
      int awayMinDays,
      int awayMaxDays) {

    /** The sub-district as the issue describes it. */
    static Spec yinhu(long seed) {
      return new Spec("yinhu", seed, 30, 10_000, 200, 3, 110, 4, 10, 7, 0.06, 0.05, 1, 2);
    }

    /** Swab takers scarce (1 %) and a quarter of the people away for 1–3 days. */
    static Spec tight(long seed) {
      return new Spec("tight", seed, 30, 10_000, 200, 3, 110, 4, 10, 7, 0.01, 0.25, 1, 3);
    }

    Spec withSeats(int min, int max) {
      return new Spec(
          name + "-" + min + "-" + max,
          seed,
          villages,
          people,
          townStaff,
          highwayPosts,
          villagePosts,
          min,
          max,
          days,
          swabShare,
          awayShare,
          awayMinDays,
          awayMaxDays);
    }
  }

  static final String CITY_PATH = "/330000/330100/330111/";
  static final String TOWN = "330111008";

  private RosterData() {}

  static Set<Qualification> required(DutyRole role) {
    return switch (role) {
      case POINT_LEADER, GROUP_LEADER -> Set.of(Qualification.SHIFT_LEADERSHIP);
      case RECORDER -> Set.of(Qualification.DATA_ENTRY);
      case GUIDE -> Set.of(Qualification.TRAFFIC_GUIDANCE);
      case INSPECTOR -> Set.of(Qualification.ANTIGEN_TESTING);
      case SWAB_TAKER -> Set.of(Qualification.SWAB_SAMPLING);
      case VOLUNTEER -> Set.of();
    };
  }

  static RosterProblem generate(Spec spec) {
    SplittableRandom random = new SplittableRandom(spec.seed());
    String townPath = CITY_PATH + TOWN + "/";
    List<String> villagePaths = new ArrayList<>();
    for (int v = 0; v < spec.villages(); v++) {
      villagePaths.add(townPath + TOWN + (201 + v) + "/");
    }

    // people: the town office first, then spread over the villages
    List<UUID> ids = new ArrayList<>();
    List<String> homes = new ArrayList<>();
    List<Integer> villageOf = new ArrayList<>(); // -1 for the town office
    for (int p = 0; p < spec.people(); p++) {
      int village = p < spec.townStaff() ? -1 : random.nextInt(spec.villages());
      ids.add(new UUID(0x5eed_0000_0000_0000L | spec.seed(), p));
      homes.add(village < 0 ? townPath : villagePaths.get(village));
      villageOf.add(village);
    }

    // posts
    record Post(UUID id, String path, int village, List<DutyRole> roles, UUID team) {}
    List<Post> posts = new ArrayList<>();
    for (int h = 0; h < spec.highwayPosts(); h++) {
      List<DutyRole> roles =
          List.of(
              DutyRole.POINT_LEADER,
              DutyRole.GROUP_LEADER,
              DutyRole.RECORDER,
              DutyRole.RECORDER,
              DutyRole.GUIDE,
              DutyRole.GUIDE,
              DutyRole.INSPECTOR,
              DutyRole.INSPECTOR,
              DutyRole.SWAB_TAKER);
      posts.add(new Post(new UUID(0xb057L, posts.size()), townPath, -1, roles, null));
    }
    for (int k = 0; k < spec.villagePosts(); k++) {
      int village = k % spec.villages();
      int seats = spec.minSeats() + random.nextInt(spec.maxSeats() - spec.minSeats() + 1);
      List<DutyRole> roles = new ArrayList<>();
      roles.add(DutyRole.GROUP_LEADER);
      roles.add(DutyRole.RECORDER);
      roles.add(DutyRole.GUIDE);
      roles.add(DutyRole.INSPECTOR);
      if (seats > 4 && random.nextDouble() < 0.4) {
        roles.add(DutyRole.SWAB_TAKER);
      }
      DutyRole[] extra = {
        DutyRole.VOLUNTEER, DutyRole.VOLUNTEER, DutyRole.GUIDE, DutyRole.INSPECTOR
      };
      while (roles.size() < seats) {
        roles.add(extra[random.nextInt(extra.length)]);
      }
      posts.add(
          new Post(
              new UUID(0xb057L, posts.size()), villagePaths.get(village), village, roles, null));
    }
    // teams on half the posts: 25 people of the post's village (the town office for an exit)
    List<Post> withTeams = new ArrayList<>();
    List<Set<UUID>> teamsOf = new ArrayList<>();
    for (int p = 0; p < spec.people(); p++) {
      teamsOf.add(new HashSet<>());
    }
    for (Post post : posts) {
      if (random.nextDouble() >= 0.5) {
        withTeams.add(post);
        continue;
      }
      UUID team = new UUID(0x7ea3L, post.id().getLeastSignificantBits());
      List<Integer> pool = new ArrayList<>();
      for (int p = 0; p < spec.people(); p++) {
        if (villageOf.get(p) == post.village()) {
          pool.add(p);
        }
      }
      for (int i = 0; i < 25 && !pool.isEmpty(); i++) {
        int p = pool.remove(random.nextInt(pool.size()));
        teamsOf.get(p).add(team);
      }
      withTeams.add(new Post(post.id(), post.path(), post.village(), post.roles(), team));
    }
    posts = withTeams;

    // candidates: qualifications, time away, an evening duty before the week
    List<Candidate> candidates = new ArrayList<>();
    ZonedDateTime weekStart = MONDAY.atStartOfDay(ZONE);
    for (int p = 0; p < spec.people(); p++) {
      boolean office = villageOf.get(p) < 0;
      EnumSet<Qualification> qualifications = EnumSet.noneOf(Qualification.class);
      maybe(random, qualifications, Qualification.SHIFT_LEADERSHIP, office ? 0.5 : 0.08);
      maybe(random, qualifications, Qualification.DATA_ENTRY, 0.35);
      maybe(random, qualifications, Qualification.TRAFFIC_GUIDANCE, 0.35);
      maybe(random, qualifications, Qualification.ANTIGEN_TESTING, 0.30);
      maybe(random, qualifications, Qualification.SWAB_SAMPLING, spec.swabShare());
      maybe(random, qualifications, Qualification.FIRST_AID, 0.15);
      maybe(random, qualifications, Qualification.DRIVING, 0.25);
      maybe(random, qualifications, Qualification.DISINFECTION, 0.10);
      List<Period> away = new ArrayList<>();
      if (random.nextDouble() < spec.awayShare()) {
        int length =
            spec.awayMinDays() + random.nextInt(spec.awayMaxDays() - spec.awayMinDays() + 1);
        int first = random.nextInt(spec.days() - length + 1);
        away.add(
            new Period(
                weekStart.plusDays(first).toInstant(),
                weekStart.plusDays(first + length).toInstant()));
      }
      List<Period> before = new ArrayList<>();
      if (random.nextDouble() < 0.05) {
        before.add(
            new Period(
                weekStart.minusHours(8).toInstant(),
                weekStart.toInstant())); // 16–24 the day before
      }
      candidates.add(
          new Candidate(ids.get(p), homes.get(p), qualifications, away, teamsOf.get(p), before));
    }

    // seats
    List<SeatToFill> seats = new ArrayList<>();
    for (int d = 0; d < spec.days(); d++) {
      LocalDate date = MONDAY.plusDays(d);
      for (int shift = 0; shift < 3; shift++) {
        ZonedDateTime start = date.atTime(LocalTime.of(8 * shift, 0)).atZone(ZONE);
        ZonedDateTime end = start.plusHours(8);
        for (Post post : posts) {
          int seatNo = 0;
          for (DutyRole role : post.roles()) {
            seats.add(
                new SeatToFill(
                    seats.size(),
                    post.id(),
                    post.path(),
                    date,
                    shift,
                    role,
                    seatNo++,
                    start.toInstant(),
                    end.toInstant(),
                    required(role),
                    post.team(),
                    null));
          }
        }
      }
    }
    return new RosterProblem(seats, candidates);
  }

  private static void maybe(
      SplittableRandom random, Set<Qualification> into, Qualification what, double share) {
    if (random.nextDouble() < share) {
      into.add(what);
    }
  }
}
