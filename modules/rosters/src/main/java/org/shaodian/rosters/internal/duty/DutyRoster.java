package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.rosters.api.AssignedVia;
import org.shaodian.rosters.api.DutyService;
import org.shaodian.rosters.api.DutyView;
import org.shaodian.rosters.api.OnDuty;
import org.shaodian.rosters.api.Qualification;
import org.shaodian.rosters.api.Shift;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;
import org.shaodian.rosters.internal.people.Person;
import org.shaodian.rosters.internal.posts.Post;
import org.shaodian.rosters.internal.posts.PostRegister;

/**
 * Seats and who holds them: by hand, in bulk, signed in and out. Each method is one transaction; a
 * write checks the post and the person against the caller's jurisdiction, lets the seat check the
 * person ({@link Seat#assign}), stores the duty with its hours and audits. Who wins a seat, and
 * that nobody holds two duties at once, the database decides.
 */
@UnitOfWork
@ApplicationScoped
public class DutyRoster implements DutyService {

  static final Text PERSON = Text.of("人员", "Person");
  static final Text DUTY = Text.of("值守", "Duty");

  /** A listing of seats spans at most this many days (a month). */
  public static final int MAX_DAYS = 31;

  /** A bulk request assigns at most this many seats; the solver's proposals go their own way. */
  public static final int MAX_BULK = 500;

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject Access access;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject PostRegister posts;

  @Inject Assignments assignments;

  @Inject DutyViews views;

  @Inject Regions regions;

  /** A post's seats from one date to another (both included, at most 31 days), with holders. */
  @RosterAccess(RosterPermission.ROSTER_READ)
  public List<DutyView> seats(UUID postId, LocalDate from, LocalDate to) {
    requireSpan(from, to);
    Post post = posts.find(postId, RosterPermission.ROSTER_READ);
    Map<String, Assignment> held = new HashMap<>();
    for (Assignment duty : assignments.ofPost(postId, from, to)) {
      held.put(duty.seatKey(), duty);
    }
    Map<UUID, String> names = views.names(held.values().stream().map(Assignment::person).toList());
    Instant now = clock.instant();
    List<DutyView> seats = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      for (Seat seat : post.seatsOn(date)) {
        seats.add(DutyViews.view(post, seat, held.remove(seat.key()), names, now));
      }
    }
    // duties whose seat the post no longer has (its needs shrank after they were served)
    for (Assignment past : held.values()) {
      seats.add(DutyViews.view(post, seatOf(post, past), past, names, now));
    }
    return seats;
  }

  /** A person's duties from one date to another (both included, at most 31 days). */
  @RosterAccess(RosterPermission.ROSTER_READ)
  public List<DutyView> dutiesOf(UUID personId, LocalDate from, LocalDate to) {
    requireSpan(from, to);
    Person person = person(personId, RosterPermission.ROSTER_READ);
    Instant start = from.atStartOfDay(ShaodianTime.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ShaodianTime.ZONE).toInstant();
    List<Assignment> duties = assignments.dutiesOf(personId, start, end);
    Map<UUID, String> names = Map.of(person.id(), person.name());
    Instant now = clock.instant();
    Map<UUID, Post> byId = new HashMap<>();
    List<DutyView> list = new ArrayList<>();
    for (Assignment duty : duties) {
      Post post = byId.computeIfAbsent(duty.post(), id -> em.find(Post.class, id));
      list.add(DutyViews.view(post, seatOf(post, duty), duty, names, now));
    }
    return list;
  }

  @Override
  @RosterAccess(RosterPermission.ROSTER_READ)
  public PostDuties postDuties(UUID postId, LocalDate from, LocalDate to) {
    List<DutyView> seats = seats(postId, from, to);
    return new PostDuties(posts.get(postId), from, to, seats);
  }

  @Override
  @RosterAccess(RosterPermission.ROSTER_READ)
  public Optional<OnDuty> onDutyAt(UUID postId, UUID personId, Instant at) {
    posts.find(postId, RosterPermission.ROSTER_READ);
    return assignments
        .signedInAt(postId, personId, at)
        .map(
            duty ->
                new OnDuty(
                    duty.post(),
                    duty.date(),
                    duty.shiftNo(),
                    duty.role(),
                    duty.seatNo(),
                    duty.start(),
                    duty.end(),
                    duty.signedInAt(),
                    duty.signedOutAt()));
  }

  @Override
  @RosterAccess(RosterPermission.ROSTER_READ)
  public PersonDuties personDuties(UUID personId, LocalDate from, LocalDate to) {
    List<DutyView> duties = dutiesOf(personId, from, to);
    Person person = em.find(Person.class, personId); // found, and within reach: dutiesOf checked
    String homeRegionName =
        regions.find(person.homeRegion()).map(Region::name).orElse(person.homeRegion().value());
    return new PersonDuties(
        new DutyHolder(person.id(), person.name(), person.homeRegion(), homeRegionName),
        from,
        to,
        duties);
  }

  /**
   * Gives a seat to a person by hand. True when the seat was given, false when the person already
   * held it. A 409 when someone else holds it (release it first), when the shift is over, or when
   * the seat's rules refuse the person.
   */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public Given assign(UUID postId, SeatAddress address, UUID personId) {
    Post post = openPost(postId);
    Seat seat = post.seat(address.date(), address.shift(), address.role(), address.seat());
    Person person = person(personId, RosterPermission.ROSTER_WRITE);
    Instant now = clock.instant();
    var current =
        assignments.at(postId, seat.date(), seat.shift().no(), seat.role(), seat.seatNo());
    if (current.isPresent()) {
      if (current.get().person().equals(personId)) {
        return new Given(DutyViews.view(post, seat, current.get(), names(person), now), false);
      }
      throw Problem.conflict(
          Text.of("该席位已有人值守,请先释放", "Someone else holds this seat; release it first"));
    }
    Assignment duty = give(seat, person, AssignedVia.HAND, now);
    assignments.hold(duty);
    audit.record(
        AuditEvent.of(DutyAudit.ASSIGNED, DutyAudit.DUTY, postId.toString(), post.regionPath())
            .withSummary("seat=" + seat.key() + " person=" + personId)
            .withItems(DutyAudit.DUTY, List.of(duty.id().toString())));
    return new Given(DutyViews.view(post, seat, duty, names(person), now), true);
  }

  /** A seat's view, and whether the call gave it (201) or found it already given (200). */
  public record Given(DutyView duty, boolean created) {}

  /** One seat of a bulk request. */
  public record SeatRequest(UUID post, SeatAddress address, UUID person) {}

  /**
   * Gives many seats at once, all or none: the first one that cannot be given is a problem naming
   * its place in the list ({@code assignments[3]…}), and nothing is stored.
   */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public List<DutyView> assignAll(List<SeatRequest> requests) {
    if (requests.isEmpty() || requests.size() > MAX_BULK) {
      throw Problem.invalid(
          "assignments",
          Text.of("一次 1–" + MAX_BULK + " 个席位", "1 to " + MAX_BULK + " seats at a time"));
    }
    Instant now = clock.instant();
    Map<UUID, Post> byId = new HashMap<>();
    Map<UUID, Person> people = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<Assignment> given = new ArrayList<>();
    List<DutyView> result = new ArrayList<>();
    Map<UUID, List<Assignment>> byPerson = new HashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      SeatRequest request = requests.get(i);
      String at = "assignments[" + i + "]";
      try {
        Post post = byId.computeIfAbsent(request.post(), this::openPost);
        SeatAddress address = request.address();
        Seat seat = post.seat(address.date(), address.shift(), address.role(), address.seat());
        if (!seen.add(post.id() + "/" + seat.key())) {
          throw Problem.invalid(at, Text.of("同一席位列了两次", "the same seat is listed twice"));
        }
        Person person =
            people.computeIfAbsent(
                request.person(), id -> person(id, RosterPermission.ROSTER_WRITE));
        for (Assignment other : byPerson.getOrDefault(person.id(), List.of())) {
          if (other.start().isBefore(seat.end()) && seat.start().isBefore(other.end())) {
            throw Problem.conflict(
                Text.of(at + ":同一人员的两个席位时间重叠", at + ": two seats of one person overlap"));
          }
        }
        // the database decides in the end; these say which item is in the way
        if (assignments
            .at(post.id(), seat.date(), seat.shift().no(), seat.role(), seat.seatNo())
            .isPresent()) {
          throw Problem.conflict(Text.of("该席位已有人值守", "Someone else holds this seat"));
        }
        if (!assignments.dutiesOf(person.id(), seat.start(), seat.end()).isEmpty()) {
          throw Problem.conflict(
              Text.of("该人员在这段时间已有值守", "The person is already on duty at that time"));
        }
        Assignment duty = give(seat, person, AssignedVia.BULK, now);
        byPerson.computeIfAbsent(person.id(), id -> new ArrayList<>()).add(duty);
        given.add(duty);
        result.add(DutyViews.view(post, seat, duty, Map.of(person.id(), person.name()), now));
      } catch (Problem problem) {
        throw located(problem, at);
      }
    }
    assignments.holdAll(given);
    for (Post post : byId.values()) {
      List<String> ids =
          given.stream()
              .filter(d -> d.post().equals(post.id()))
              .map(d -> d.id().toString())
              .toList();
      audit.record(
          AuditEvent.of(DutyAudit.ASSIGNED, DutyAudit.DUTY, post.id().toString(), post.regionPath())
              .withSummary("bulk seats=" + ids.size())
              .withItems(DutyAudit.DUTY, ids));
    }
    return result;
  }

  /**
   * Frees a seat. A duty that has begun stays on the record unless its holder never signed in (a
   * no-show is released to give the seat to someone else); 409 otherwise.
   */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public void release(UUID postId, SeatAddress address) {
    Post post = posts.find(postId, RosterPermission.ROSTER_WRITE);
    Assignment duty = held(post, address);
    Instant now = clock.instant();
    if (duty.hasStarted(now) && duty.signedInAt() != null) {
      throw Problem.conflict(
          Text.of("值守已开始且已签到,不能释放", "The duty has begun and its holder signed in"));
    }
    assignments.release(List.of(duty));
    em.flush();
    audit.record(
        AuditEvent.of(DutyAudit.RELEASED, DutyAudit.DUTY, postId.toString(), post.regionPath())
            .withSummary("seat=" + duty.seatKey() + " person=" + duty.person())
            .withItems(DutyAudit.DUTY, List.of(duty.id().toString())));
  }

  /**
   * Exchanges the holders of two seats of a post in one go (a move when the second seat is open):
   * both people must be allowed the other seat by its rules, and neither seat may be one whose
   * holder has begun the duty. All or nothing; a 409 saying which person and which rule refuses it.
   */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public List<DutyView> swap(UUID postId, SeatAddress first, SeatAddress second) {
    Post post = openPost(postId);
    Seat firstSeat = post.seat(first.date(), first.shift(), first.role(), first.seat());
    Seat secondSeat = post.seat(second.date(), second.shift(), second.role(), second.seat());
    if (firstSeat.key().equals(secondSeat.key())) {
      throw Problem.invalid("second", Text.of("须是另一个席位", "must be another seat"));
    }
    Assignment firstDuty = held(post, first);
    Optional<Assignment> secondDuty =
        assignments.at(
            postId,
            secondSeat.date(),
            secondSeat.shift().no(),
            secondSeat.role(),
            secondSeat.seatNo());
    if (secondDuty.isPresent() && secondDuty.get().person().equals(firstDuty.person())) {
      throw Problem.conflict(Text.of("两个席位是同一人值守", "One person holds both seats"));
    }
    Instant now = clock.instant();
    List<Assignment> released = new ArrayList<>();
    released.add(firstDuty);
    secondDuty.ifPresent(released::add);
    for (Assignment duty : released) {
      if (duty.hasStarted(now) && duty.signedInAt() != null) {
        throw Problem.conflict(
            Text.of("值守已开始且已签到,不能调换", "A duty has begun and its holder signed in"));
      }
    }
    // both holders must be people the caller may roster, before anything is released
    Person firstPerson = person(firstDuty.person(), RosterPermission.ROSTER_WRITE);
    Person secondPerson =
        secondDuty.map(d -> person(d.person(), RosterPermission.ROSTER_WRITE)).orElse(null);
    List<String> releasedIds = released.stream().map(d -> d.id().toString()).toList();
    assignments.release(released);
    em.flush(); // the seats and hours are free before they are taken again (inserts flush first)
    List<Assignment> given = new ArrayList<>();
    given.add(swapped(secondSeat, firstPerson, now));
    if (secondPerson != null) {
      given.add(swapped(firstSeat, secondPerson, now));
    }
    assignments.holdAll(given);
    audit.record(
        AuditEvent.of(DutyAudit.SWAPPED, DutyAudit.DUTY, postId.toString(), post.regionPath())
            .withSummary(
                "seat="
                    + firstSeat.key()
                    + " person="
                    + firstPerson.id()
                    + " -> seat="
                    + secondSeat.key()
                    + (secondPerson == null ? "" : " person=" + secondPerson.id() + " -> back")
                    + " released="
                    + String.join(",", releasedIds))
            .withItems(DutyAudit.DUTY, given.stream().map(d -> d.id().toString()).toList()));
    Map<UUID, String> names = new HashMap<>(names(firstPerson));
    if (secondPerson != null) {
      names.putAll(names(secondPerson));
    }
    List<DutyView> views = new ArrayList<>();
    views.add(
        DutyViews.view(post, firstSeat, secondPerson == null ? null : given.get(1), names, now));
    views.add(DutyViews.view(post, secondSeat, given.get(0), names, now));
    return views;
  }

  /** A seat given to a person in a swap: the seat's rules, and no other duty of theirs then. */
  private Assignment swapped(Seat seat, Person person, Instant now) {
    try {
      if (!assignments.dutiesOf(person.id(), seat.start(), seat.end()).isEmpty()) {
        throw Problem.conflict(
            Text.of("该人员在这段时间已有值守", "The person is already on duty at that time"));
      }
      return give(seat, person, AssignedVia.HAND, now);
    } catch (Problem problem) {
      if (problem.status() != 409) {
        throw problem;
      }
      throw Problem.conflict(
          Text.of(
              person.name() + "不能调到" + seat.label().zh() + ":" + problem.detail().zh(),
              person.name() + " cannot take " + seat.label().en() + ": " + problem.detail().en()));
    }
  }

  /** The holder signs in at their seat. */
  @RosterAccess(RosterPermission.DUTY_RECORD)
  public DutyView signIn(UUID postId, SeatAddress address, UUID personId) {
    return record(postId, address, personId, true);
  }

  /** The holder signs out of their seat. */
  @RosterAccess(RosterPermission.DUTY_RECORD)
  public DutyView signOut(UUID postId, SeatAddress address, UUID personId) {
    return record(postId, address, personId, false);
  }

  private DutyView record(UUID postId, SeatAddress address, UUID personId, boolean in) {
    Post post = posts.find(postId, RosterPermission.DUTY_RECORD);
    Assignment duty = held(post, address);
    Instant now = clock.instant();
    if (in) {
      duty.signIn(personId, now);
    } else {
      duty.signOut(personId, now);
    }
    em.flush();
    audit.record(
        AuditEvent.of(
                in ? DutyAudit.SIGNED_IN : DutyAudit.SIGNED_OUT,
                DutyAudit.DUTY,
                postId.toString(),
                post.regionPath())
            .withSummary("seat=" + duty.seatKey())
            .withItems(DutyAudit.DUTY, List.of(duty.id().toString())));
    Person person = em.find(Person.class, personId);
    return DutyViews.view(post, seatOf(post, duty), duty, names(person), now);
  }

  /** The duty at a seat: a 404 naming the duty when nobody holds it. */
  Assignment held(Post post, SeatAddress address) {
    Seat seat = post.seat(address.date(), address.shift(), address.role(), address.seat());
    return assignments
        .at(post.id(), seat.date(), seat.shift().no(), seat.role(), seat.seatNo())
        .orElseThrow(() -> Problem.notFound(DUTY));
  }

  /** The duty a seat's rules allow (not stored yet): a 409 saying why not otherwise. */
  private Assignment give(Seat seat, Person person, AssignedVia via, Instant now) {
    if (!now.isBefore(seat.end())) {
      throw Problem.conflict(Text.of("该班次已结束", "The shift is over"));
    }
    Assignment duty =
        seat.assign(
            person, assignments.absencesOf(person.id(), seat.start(), seat.end()), via, now);
    return duty;
  }

  private Post openPost(UUID id) {
    Post post = posts.find(id, RosterPermission.ROSTER_WRITE);
    if (!post.isActive()) {
      throw Problem.conflict(Text.of("该点位已撤销", "This post is closed"));
    }
    return post;
  }

  /** A person the caller may act on: 404 alike for one that does not exist or lies outside. */
  Person person(UUID id, RosterPermission permission) {
    Person person = em.find(Person.class, id);
    access.requireWithin(permission, person == null ? null : person.regionPath(), PERSON);
    return person;
  }

  private static Map<UUID, String> names(Person person) {
    return person == null ? Map.of() : Map.of(person.id(), person.name());
  }

  /** The seat a stored duty holds, also when the post's needs have shrunk since. */
  static Seat seatOf(Post post, Assignment duty) {
    var shift =
        post.pattern()
            .shift(duty.shiftNo())
            .filter(s -> s.startOn(duty.date()).equals(duty.start()))
            .orElse(
                new Shift(
                    duty.shiftNo(),
                    duty.start().atZone(ShaodianTime.ZONE).getHour(),
                    (int) ChronoUnit.HOURS.between(duty.start(), duty.end())));
    Set<Qualification> required =
        post.requirementFor(duty.shiftNo()).stream()
            .filter(need -> need.role() == duty.role())
            .findFirst()
            .map(need -> need.qualifications())
            .orElse(Set.of());
    return new Seat(
        post.id(), post.regionPath(), duty.date(), shift, duty.role(), duty.seatNo(), required);
  }

  static void requireSpan(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw Problem.invalid("to", Text.of("不能早于开始日期", "must not be before from"));
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw Problem.invalid(
          "to", Text.of("最多 " + MAX_DAYS + " 天", "at most " + MAX_DAYS + " days"));
    }
  }

  /** The same problem, its field errors (or its detail) placed at an item of a list. */
  private static Problem located(Problem problem, String at) {
    if (!problem.fieldErrors().isEmpty()) {
      return Problem.invalid(
          problem.fieldErrors().stream()
              .map(
                  e ->
                      new FieldError(
                          e.field().startsWith("assignments") ? e.field() : at + "." + e.field(),
                          e.message()))
              .toList());
    }
    if (problem.status() == 409) {
      return Problem.conflict(
          Text.of(at + ":" + problem.detail().zh(), at + ": " + problem.detail().en()));
    }
    return problem;
  }
}
