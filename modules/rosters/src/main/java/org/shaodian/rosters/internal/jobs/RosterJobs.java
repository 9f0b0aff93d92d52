package org.shaodian.rosters.internal.jobs;

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
import java.util.Set;
import java.util.UUID;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.rosters.api.AssignedVia;
import org.shaodian.rosters.api.Qualification;
import org.shaodian.rosters.api.RosterJobState;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;
import org.shaodian.rosters.internal.duty.Absence;
import org.shaodian.rosters.internal.duty.Assignment;
import org.shaodian.rosters.internal.duty.Assignments;
import org.shaodian.rosters.internal.duty.DutyAudit;
import org.shaodian.rosters.internal.duty.Seat;
import org.shaodian.rosters.internal.people.Person;
import org.shaodian.rosters.internal.posts.Post;
import org.shaodian.rosters.internal.solving.Candidate;
import org.shaodian.rosters.internal.solving.Period;
import org.shaodian.rosters.internal.solving.Progress;
import org.shaodian.rosters.internal.solving.RosterOutcome;
import org.shaodian.rosters.internal.solving.RosterProblem;
import org.shaodian.rosters.internal.solving.SeatToFill;
import org.shaodian.rosters.internal.solving.UnfilledSeat;

/**
 * Automatic rostering jobs, in short transactions: queued by a request, the problem read and the
 * job marked solving, progress written as the solver finds better rosters, the proposal stored,
 * then accepted (one transaction) or discarded. The solving itself runs outside any transaction
 * ({@link RosterJobRunner}).
 */
@UnitOfWork
@ApplicationScoped
public class RosterJobs {

  static final Text JOB = Text.of("排班任务", "Rostering job");

  /** A job rosters at most this many days at once. */
  static final int MAX_DAYS = 31;

  /** Rules around the job's days reach this far: 16 h rest, 6 shifts in 7 days. */
  static final int RULE_REACH_DAYS = 7;

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject Access access;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject Assignments assignments;

  /** A job's problem and, for each of its seats, the seat itself (to store the proposal). */
  public record Prepared(RosterProblem problem, List<Seat> seats) {}

  /**
   * Queues a job after the checks a request can answer at once: the days (from today, at most 31),
   * the region in the caller's jurisdiction, open seats and people to fill them with.
   */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public RosterJob queue(RegionCode regionCode, LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock.withZone(ShaodianTime.ZONE));
    if (from.isBefore(today)) {
      throw Problem.invalid("from", Text.of("不能早于今天", "must not be in the past"));
    }
    if (to.isBefore(from)) {
      throw Problem.invalid("to", Text.of("不能早于开始日期", "must not be before from"));
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw Problem.invalid(
          "to", Text.of("最多 " + MAX_DAYS + " 天", "at most " + MAX_DAYS + " days"));
    }
    Region region = access.require(RosterPermission.ROSTER_WRITE, regionCode);
    JurisdictionScope scope = new JurisdictionScope(region);
    Instant now = clock.instant();
    List<Post> posts = posts(scope);
    Map<String, Assignment> held = held(scope, from, to);
    long open = 0;
    for (Post post : posts) {
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        for (Seat seat : post.seatsOn(day)) {
          if (seat.start().isAfter(now) && !held.containsKey(post.id() + "/" + seat.key())) {
            open++;
          }
        }
      }
    }
    if (open == 0) {
      throw Problem.conflict(
          Text.of("该区域在这些日期没有空缺席位", "The region has no open seats on these days"));
    }
    if (people(scope).isEmpty()) {
      throw Problem.conflict(Text.of("该区域没有在岗人员可排", "The region has no people on duty to roster"));
    }
    RosterJob job = RosterJob.queue(region, from, to, access.caller().name(), now);
    em.persist(job);
    em.flush();
    audit.record(
        AuditEvent.of(JobsAudit.QUEUED, JobsAudit.JOB, job.id().toString(), region.path())
            .withSummary("from=" + from + " to=" + to + " openSeats=" + open));
    return job;
  }

  /**
   * Reads the job's problem and marks it solving: the region's seats on its days that have not
   * started (held ones with their holder, whom the solver prefers to keep), its active people with
   * their absences and their duties outside the problem around those days.
   */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public Prepared prepare(UUID jobId) {
    RosterJob job = em.find(RosterJob.class, jobId);
    JurisdictionScope scope = new JurisdictionScope(regionOf(job));
    Instant now = clock.instant();
    Map<String, Assignment> held = held(scope, job.from(), job.to());
    List<Seat> seats = new ArrayList<>();
    List<SeatToFill> toFill = new ArrayList<>();
    Set<UUID> inProblem = new HashSet<>();
    for (Post post : posts(scope)) {
      for (LocalDate day = job.from(); !day.isAfter(job.to()); day = day.plusDays(1)) {
        for (Seat seat : post.seatsOn(day)) {
          if (!seat.start().isAfter(now)) {
            continue;
          }
          Assignment holder = held.get(post.id() + "/" + seat.key());
          if (holder != null && holder.signedInAt() != null) {
            continue;
          }
          if (holder != null) {
            inProblem.add(holder.id());
          }
          toFill.add(
              new SeatToFill(
                  seats.size(),
                  post.id(),
                  post.regionPath(),
                  seat.date(),
                  seat.shift().no(),
                  seat.role(),
                  seat.seatNo(),
                  seat.start(),
                  seat.end(),
                  seat.required(),
                  post.team(),
                  holder == null ? null : holder.person()));
          seats.add(seat);
        }
      }
    }
    List<Person> people = people(scope);
    List<UUID> ids = people.stream().map(Person::id).toList();
    Instant reachFrom =
        job.from().minusDays(RULE_REACH_DAYS).atStartOfDay(ShaodianTime.ZONE).toInstant();
    Instant reachTo =
        job.to().plusDays(RULE_REACH_DAYS + 1).atStartOfDay(ShaodianTime.ZONE).toInstant();
    Map<UUID, List<Period>> away = new HashMap<>();
    Map<UUID, List<Period>> elsewhere = new HashMap<>();
    Map<UUID, Set<UUID>> teams = new HashMap<>();
    Map<UUID, Set<Qualification>> qualifications = new HashMap<>();
    for (List<UUID> chunk : chunks(ids)) {
      em.createQuery(
              "select b from Absence b where b.person in :ids and b.end > :from and b.start < :to",
              Absence.class)
          .setParameter("ids", chunk)
          .setParameter("from", reachFrom)
          .setParameter("to", reachTo)
          .getResultList()
          .forEach(
              b ->
                  away.computeIfAbsent(b.person(), p -> new ArrayList<>())
                      .add(new Period(b.start(), b.end())));
      em
          .createQuery(
              "select a from Assignment a where a.person in :ids and a.end > :from and a.start < :to",
              Assignment.class)
          .setParameter("ids", chunk)
          .setParameter("from", reachFrom)
          .setParameter("to", reachTo)
          .getResultList()
          .stream()
          .filter(a -> !inProblem.contains(a.id()))
          .forEach(
              a ->
                  elsewhere
                      .computeIfAbsent(a.person(), p -> new ArrayList<>())
                      .add(new Period(a.start(), a.end())));
      em.createQuery(
              "select m.person, m.team from TeamMember m where m.person in :ids", Object[].class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(
              row -> teams.computeIfAbsent((UUID) row[0], p -> new HashSet<>()).add((UUID) row[1]));
      em.createQuery(
              "select p.id, q from Person p join p.qualifications q where p.id in :ids",
              Object[].class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(
              row ->
                  qualifications
                      .computeIfAbsent((UUID) row[0], p -> new HashSet<>())
                      .add((Qualification) row[1]));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Person person : people) {
      candidates.add(
          new Candidate(
              person.id(),
              person.regionPath(),
              qualifications.getOrDefault(person.id(), Set.of()),
              away.getOrDefault(person.id(), List.of()),
              teams.getOrDefault(person.id(), Set.of()),
              elsewhere.getOrDefault(person.id(), List.of())));
    }
    job.solving(toFill.size(), candidates.size(), now);
    em.flush();
    return new Prepared(new RosterProblem(toFill, candidates), seats);
  }

  /** The best roster so far, for whoever watches the job. */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public void progress(UUID jobId, Progress progress) {
    RosterJob job = em.find(RosterJob.class, jobId);
    job.progress(progress.score(), progress.seatsFilled());
  }

  /** Stores the proposal and ends the job's solving, in one transaction. */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public void propose(UUID jobId, Prepared prepared, RosterOutcome outcome) {
    RosterJob job = em.find(RosterJob.class, jobId);
    Map<Integer, String> reasons = new HashMap<>();
    for (UnfilledSeat unfilled : outcome.unfilled()) {
      reasons.put(unfilled.seatId(), unfilled.reason().name());
    }
    List<SeatToFill> seats = prepared.problem().seats();
    for (int i = 0; i < seats.size(); i++) {
      SeatToFill seat = seats.get(i);
      UUID person = outcome.assignments().get(seat.id());
      em.persist(
          new ProposedSeat(
              jobId,
              seat.id(),
              seat.postId(),
              seat.date(),
              seat.shiftNo(),
              seat.role(),
              seat.seatNo(),
              person,
              seat.currentHolder(),
              person == null ? reasons.getOrDefault(seat.id(), "SOLVER_STOPPED") : null));
      if (i % 500 == 499) {
        em.flush();
        em.clear();
        job = em.find(RosterJob.class, jobId);
      }
    }
    job.proposed(
        outcome.score(),
        outcome.assignments().size(),
        outcome.hardBreaks(),
        outcome.stoppedEarly(),
        outcome.timeToFeasible() == null ? null : outcome.timeToFeasible().toMillis(),
        outcome.moveEvaluationsPerSecond(),
        clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(JobsAudit.PROPOSED, JobsAudit.JOB, jobId.toString(), job.regionPath())
            .withSummary(
                "seats="
                    + seats.size()
                    + " filled="
                    + outcome.assignments().size()
                    + " score="
                    + outcome.score()));
  }

  /** The job could not finish; the reason is for the command office, not a stack trace. */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public void fail(UUID jobId, String why) {
    RosterJob job = em.find(RosterJob.class, jobId);
    if (job != null && job.state().isRunning()) {
      job.fail(why, clock.instant());
      audit.record(
          AuditEvent.of(JobsAudit.FAILED, JobsAudit.JOB, jobId.toString(), job.regionPath())
              .withSummary("failure=" + why));
    }
  }

  /**
   * Applies a proposal in one transaction. Every seat must still be held by whoever held it when
   * the job started (a 409 naming how many changed otherwise: start a new job); seats whose shift
   * has begun since are left as they are. Each change is checked by the seat's rules and the
   * database as if given by hand.
   */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public Accepted accept(UUID jobId) {
    RosterJob job = find(jobId, RosterPermission.ROSTER_WRITE);
    job.requireProposed();
    JurisdictionScope scope = new JurisdictionScope(regionOf(job));
    Instant now = clock.instant();
    Map<String, Assignment> held = held(scope, job.from(), job.to());
    List<ProposedSeat> proposal =
        em.createQuery(
                "select s from ProposedSeat s where s.job = :job order by s.index",
                ProposedSeat.class)
            .setParameter("job", jobId)
            .getResultList();
    int stale = 0;
    for (ProposedSeat seat : proposal) {
      Assignment current = held.get(seat.post() + "/" + seat.seatKey());
      UUID holder = current == null ? null : current.person();
      if (!java.util.Objects.equals(holder, seat.basis())) {
        stale++;
      }
    }
    if (stale > 0) {
      throw Problem.conflict(
          Text.of(
              "任务开始后有 " + stale + " 个席位的排班已变动,方案已过期,请重新排班",
              stale
                  + " seats changed since the job started: the proposal is stale; start a new job"));
    }
    Map<UUID, Post> posts = new HashMap<>();
    Map<UUID, Person> people = new HashMap<>();
    List<UUID> changedPeople = new ArrayList<>();
    List<Assignment> released = new ArrayList<>();
    List<ProposedSeat> changes = new ArrayList<>();
    int begun = 0;
    for (ProposedSeat seat : proposal) {
      if (java.util.Objects.equals(seat.person(), seat.basis())) {
        continue;
      }
      Post post = posts.computeIfAbsent(seat.post(), id -> em.find(Post.class, id));
      Seat place = post.seat(seat.date(), seat.shiftNo(), seat.role(), seat.seatNo());
      if (!place.start().isAfter(now)) {
        begun++;
        continue;
      }
      Assignment current = held.get(seat.post() + "/" + seat.seatKey());
      if (current != null) {
        released.add(current);
      }
      if (seat.person() != null) {
        changes.add(seat);
        changedPeople.add(seat.person());
      }
    }
    assignments.release(released);
    em.flush();
    em.clear(); // thousands of duties read for the stale check need no dirty checking later
    Map<UUID, List<Absence>> absences = new HashMap<>();
    for (List<UUID> chunk : chunks(List.copyOf(new HashSet<>(changedPeople)))) {
      em.createQuery("select p from Person p where p.id in :ids", Person.class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(p -> people.put(p.id(), p));
      em.createQuery(
              "select b from Absence b where b.person in :ids and b.end > :now", Absence.class)
          .setParameter("ids", chunk)
          .setParameter("now", now)
          .getResultList()
          .forEach(b -> absences.computeIfAbsent(b.person(), p -> new ArrayList<>()).add(b));
    }
    posts.clear();
    List<Assignment> given = new ArrayList<>();
    for (ProposedSeat seat : changes) {
      Post post = posts.computeIfAbsent(seat.post(), id -> em.find(Post.class, id));
      Seat place = post.seat(seat.date(), seat.shiftNo(), seat.role(), seat.seatNo());
      Person person = people.get(seat.person());
      if (person == null || !scope.covers(person.regionPath())) {
        throw Problem.conflict(
            Text.of(
                "方案中的人员已不在本区域,请重新排班",
                "A person in the proposal has left the region; start a new job"));
      }
      given.add(
          place.assign(
              person, absences.getOrDefault(person.id(), List.of()), AssignedVia.SOLVER, now));
    }
    assignments.holdAll(given);
    job = em.find(RosterJob.class, jobId);
    job.accept(access.caller().name(), now);
    em.flush();
    audit.record(
        AuditEvent.of(JobsAudit.ACCEPTED, JobsAudit.JOB, jobId.toString(), job.regionPath())
            .withSummary(
                "given=" + given.size() + " released=" + released.size() + " begun=" + begun));
    if (!given.isEmpty()) {
      audit.record(
          AuditEvent.of(DutyAudit.ASSIGNED, DutyAudit.DUTY, jobId.toString(), job.regionPath())
              .withSummary("solver job=" + jobId + " seats=" + given.size())
              .withItems(
                  DutyAudit.DUTY, given.stream().map(duty -> duty.id().toString()).toList()));
    }
    return new Accepted(job, given.size(), released.size(), begun);
  }

  /** What an acceptance did. */
  public record Accepted(RosterJob job, int given, int released, int begun) {}

  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public RosterJob discard(UUID jobId) {
    RosterJob job = find(jobId, RosterPermission.ROSTER_WRITE);
    job.discard(access.caller().name(), clock.instant());
    em.createQuery("delete from ProposedSeat s where s.job = :job")
        .setParameter("job", jobId)
        .executeUpdate();
    em.flush();
    audit.record(
        AuditEvent.of(JobsAudit.DISCARDED, JobsAudit.JOB, jobId.toString(), job.regionPath()));
    return job;
  }

  @RosterAccess(RosterPermission.ROSTER_READ)
  public Page<RosterJob> list(RegionCode region, RosterJobState state, PageRequest page) {
    JurisdictionScope scope = access.scope(RosterPermission.ROSTER_READ, region);
    KeysetQuery<RosterJob> jobs =
        KeysetQuery.of(em, RosterJob.class, "j").within("j.regionPath", scope);
    if (state != null) {
      jobs.where("j.state = :state", "state", state);
    }
    return jobs.orderBy("j.createdAt", RosterJob::createdAt)
        .orderBy("j.id", RosterJob::id)
        .descending()
        .fetch(page);
  }

  /** Records that the command office asked a running job to stop; 409 if it is not running. */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public RosterJob requestStop(UUID jobId) {
    RosterJob job = find(jobId, RosterPermission.ROSTER_WRITE);
    if (!job.state().isRunning()) {
      throw Problem.conflict(Text.of("该任务不在求解中", "The job is not solving"));
    }
    audit.record(
        AuditEvent.of(JobsAudit.STOP_REQUESTED, JobsAudit.JOB, jobId.toString(), job.regionPath()));
    return job;
  }

  @RosterAccess(RosterPermission.ROSTER_READ)
  public RosterJob get(UUID jobId) {
    return find(jobId, RosterPermission.ROSTER_READ);
  }

  @RosterAccess(RosterPermission.ROSTER_READ)
  public Page<ProposedSeat> proposal(UUID jobId, Boolean changesOnly, PageRequest page) {
    find(jobId, RosterPermission.ROSTER_READ);
    KeysetQuery<ProposedSeat> seats =
        KeysetQuery.of(em, ProposedSeat.class, "s").where("s.job = :job", "job", jobId);
    if (Boolean.TRUE.equals(changesOnly)) {
      // open seats, and every seat whose holder would change
      seats.where("(s.person is null or s.basis is null or s.person <> s.basis)");
    }
    return seats.orderBy("s.index", ProposedSeat::index).fetch(page);
  }

  /**
   * Jobs a restart interrupted (queued or solving when the server stopped): they cannot resume.
   * Read at start-up, before anyone signs in; each is then failed as the system caller of its
   * region ({@link RosterJobRunner}).
   */
  public List<RosterJob> interrupted() {
    return em.createQuery("select j from RosterJob j where j.state in :running", RosterJob.class)
        .setParameter("running", List.of(RosterJobState.QUEUED, RosterJobState.SOLVING))
        .getResultList();
  }

  RosterJob find(UUID id, RosterPermission permission) {
    RosterJob job = em.find(RosterJob.class, id);
    access.requireWithin(permission, job == null ? null : job.regionPath(), JOB);
    return job;
  }

  private Region regionOf(RosterJob job) {
    return access.require(RosterPermission.ROSTER_WRITE, job.region());
  }

  private List<Post> posts(JurisdictionScope scope) {
    return KeysetQuery.of(em, Post.class, "p")
        .where("p.active = true")
        .within("p.regionPath", scope)
        .orderBy("p.regionPath", Post::regionPath)
        .orderBy("p.nameKey", Post::nameKey)
        .orderBy("p.id", Post::id)
        .list(5000);
  }

  private List<Person> people(JurisdictionScope scope) {
    return KeysetQuery.of(em, Person.class, "p")
        .where("p.active = true")
        .within("p.regionPath", scope)
        .orderBy("p.regionPath", Person::regionPath)
        .orderBy("p.id", Person::id)
        .list(100_000);
  }

  /** The region's duties on the days, by post and seat. */
  private Map<String, Assignment> held(JurisdictionScope scope, LocalDate from, LocalDate to) {
    Map<String, Assignment> held = new HashMap<>();
    em.createQuery(
            "select a from Assignment a where a.regionPath >= :start and a.regionPath < :end"
                + " and a.date between :from and :to",
            Assignment.class)
        .setParameter("start", scope.pathStart())
        .setParameter("end", scope.pathEnd())
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .forEach(a -> held.put(a.post() + "/" + a.seatKey(), a));
    return held;
  }

  private static List<List<UUID>> chunks(List<UUID> ids) {
    List<List<UUID>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 1000) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
    }
    return chunks;
  }
}
