package org.shaodian.rosters.internal.solving;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.Qualification;

/** Small problems and model objects for the solver's tests. */
final class Fixtures {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  static final String TOWN = "/330000/330100/330182/330182107/";
  static final String VILLAGE_1 = TOWN + "330182107201/";
  static final String VILLAGE_2 = TOWN + "330182107202/";
  static final String VILLAGE_9 = TOWN + "330182107209/";
  static final String OTHER_TOWN = "/330000/330100/330182/330182108/330182108201/";

  private Fixtures() {}

  /**
   * Day {@code day} (0 = Monday) at {@code hour}:00 in Asia/Shanghai; hour 24 is the next 00:00.
   */
  static Instant at(int day, int hour) {
    return MONDAY.plusDays(day).atTime(LocalTime.MIDNIGHT).atZone(ZONE).plusHours(hour).toInstant();
  }

  /** Shift 0 = 00–08, 1 = 08–16, 2 = 16–24. */
  static Period shift(int day, int shift) {
    return new Period(at(day, 8 * shift), at(day, 8 * shift + 8));
  }

  static UUID id(long n) {
    return new UUID(0x7e57L, n);
  }

  // ---------------------------------------------------------------- model objects, for constraints

  private static int workers;

  static WorkerBuilder worker() {
    return new WorkerBuilder(workers++);
  }

  static final class WorkerBuilder {
    private final int index;
    private String home = VILLAGE_1;
    private Set<Qualification> qualifications = EnumSet.noneOf(Qualification.class);
    private final List<Period> unavailable = new ArrayList<>();
    private final List<Period> otherDuties = new ArrayList<>();
    private Set<UUID> teams = Set.of();

    private WorkerBuilder(int index) {
      this.index = index;
    }

    WorkerBuilder home(String path) {
      home = path;
      return this;
    }

    WorkerBuilder qualified(Qualification... q) {
      qualifications = q.length == 0 ? EnumSet.noneOf(Qualification.class) : EnumSet.of(q[0], q);
      return this;
    }

    WorkerBuilder away(Period period) {
      unavailable.add(period);
      return this;
    }

    WorkerBuilder outsideDuty(Period period) {
      otherDuties.add(period);
      return this;
    }

    WorkerBuilder teams(UUID... ids) {
      teams = Set.of(ids);
      return this;
    }

    Candidate candidate() {
      return new Candidate(id(index), home, qualifications, unavailable, teams, otherDuties);
    }

    /** As the plan builder makes it, with the week of {@link #MONDAY} as the horizon. */
    Worker build() {
      long from = at(0, 0).getEpochSecond();
      long to = at(7, 0).getEpochSecond();
      long seconds = 0;
      int nights = 0;
      for (Period duty : otherDuties) {
        long s = Math.max(duty.start().getEpochSecond(), from);
        long e = Math.min(duty.end().getEpochSecond(), to);
        if (s < e) {
          seconds += e - s;
          nights += Rules.isNight(duty.start(), duty.end()) ? 1 : 0;
        }
      }
      return new Worker(
          index,
          id(index),
          Rules.mask(qualifications),
          RegionKey.of(home),
          teams,
          Rules.periods(unavailable),
          Rules.periods(otherDuties),
          seconds,
          nights);
    }
  }

  private static int seats;

  static SeatBuilder seat(Period period) {
    return new SeatBuilder(seats++, period);
  }

  static final class SeatBuilder {
    private final int id;
    private final Period period;
    private String post = VILLAGE_1;
    private UUID postId = id(1000);
    private DutyRole role = DutyRole.VOLUNTEER;
    private Set<Qualification> required = Set.of();
    private UUID team;
    private UUID holder;

    private SeatBuilder(int id, Period period) {
      this.id = id;
      this.period = period;
    }

    SeatBuilder at(String postPath) {
      post = postPath;
      return this;
    }

    SeatBuilder post(UUID id) {
      postId = id;
      return this;
    }

    SeatBuilder role(DutyRole r, Qualification... needs) {
      role = r;
      required = Set.of(needs);
      return this;
    }

    SeatBuilder team(UUID t) {
      team = t;
      return this;
    }

    SeatBuilder holder(UUID h) {
      holder = h;
      return this;
    }

    SeatToFill source() {
      return new SeatToFill(
          id,
          postId,
          post,
          period.start().atZone(ZONE).toLocalDate(),
          period.start().atZone(ZONE).getHour() / 8,
          role,
          0,
          period.start(),
          period.end(),
          required,
          team,
          holder);
    }

    /** A seat held by {@code person} (null: open). */
    Seat by(Worker person) {
      SeatToFill source = source();
      CandidatePool pool = CandidatePool.of(List.of(), 0, List.of());
      SeatInfo info =
          new SeatInfo(source, RegionKey.of(post), Rules.mask(required), null, pool, new Worker[0]);
      return new Seat(info, person == null ? List.of() : List.of(person), person);
    }
  }
}
