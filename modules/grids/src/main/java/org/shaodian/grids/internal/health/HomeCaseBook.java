package org.shaodian.grids.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shaodian.grids.api.GridFigures;
import org.shaodian.grids.api.GridStaffRole;
import org.shaodian.grids.api.HomeCaseDetails;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.grids.api.HomeCases;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.grids.internal.Households;
import org.shaodian.grids.internal.staff.GridStaffing;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.audit.SubjectType;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.text.TextRules;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;

/**
 * Home health management. Each method is one transaction, joining the caller's (a checkpoint that
 * diverts a traveller home opens the case in its inspection's transaction). A person has at most
 * one open case (database constraint); a case past its last day is ended when the person's next one
 * opens.
 */
@UnitOfWork
@ApplicationScoped
public class HomeCaseBook implements HomeCases {

  static final Text CASE = Text.of("居家健康管理", "Home health case");
  static final SubjectType HOME_CASE = SubjectType.of("grids", "home-case");
  static final AuditAction OPENED = AuditAction.of("opened");
  static final AuditAction VISITED = AuditAction.of("visited");
  static final AuditAction EXTENDED = AuditAction.of("extended");
  static final AuditAction ENDED = AuditAction.of("ended");

  /** The open cases the overdue list reads at most at once. */
  static final int OVERDUE_CASES = 5000;

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject CurrentLanguage language;

  @Inject GridStaffing staffing;

  @Override
  @GridAccess(GridPermission.CASE_OPEN)
  public UUID open(HomeCaseDetails details, String source, String reference) {
    // another module's words reach the case under the same rules as a form's
    TextRules.requireName("name", details.name(), 50);
    TextRules.requireName("source", source, 30);
    TextRules.requireFreeText("reference", reference, 64);
    Region place = Households.require(access, GridPermission.CASE_OPEN, details.place(), "place");
    Instant now = clock.instant();
    LocalDate today = today(now);
    // a case that ran its course no longer keeps the person's next one out
    em
        .createQuery(
            "select c from HomeCase c where c.idNumberIndex = :index and c.state = :open",
            HomeCase.class)
        .setParameter("index", HomeCase.indexOf(details.idNumber()))
        .setParameter("open", HomeCase.State.OPEN)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .filter(c -> c.isOverOn(today))
        .forEach(HomeCase::closeAsRun);
    em.flush();
    HomeCase homeCase =
        HomeCase.open(details, place, source, reference, today, access.caller().name(), now);
    em.persist(homeCase);
    em.flush();
    audit.record(
        AuditEvent.of(OPENED, HOME_CASE, homeCase.id().toString(), place.path())
            .withSummary(
                "kind=" + details.kind() + " place=" + place.code() + " source=" + source));
    return homeCase.id();
  }

  /** Opens a case from the REST API and shows it to whoever opened it, in one transaction. */
  @GridAccess(GridPermission.CASE_OPEN)
  public HomeCaseView openAndShow(HomeCaseDetails details) {
    UUID id = open(details, "grids", "");
    return views(List.of(em.find(HomeCase.class, id)), true).get(0);
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public Page<HomeCaseView> list(
      RegionCode region, HomeCaseKind kind, Boolean open, PageRequest page) {
    JurisdictionScope scope = access.scope(GridPermission.GRIDS_READ, region);
    KeysetQuery<HomeCase> query =
        KeysetQuery.of(em, HomeCase.class, "c").within("c.regionPath", scope);
    if (kind != null) {
      query.where("c.kind = :kind", "kind", kind);
    }
    if (open != null) {
      query.where("c.state = :state", "state", open ? HomeCase.State.OPEN : HomeCase.State.ENDED);
    }
    return query
        .orderBy("c.regionPath", HomeCase::regionPath)
        .orderBy("c.startsOn", HomeCase::startsOn)
        .orderBy("c.id", HomeCase::id)
        .fetch(page)
        .mapAll(cases -> views(cases, false));
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public HomeCaseView get(UUID id) {
    return views(List.of(find(id, GridPermission.GRIDS_READ)), true).get(0);
  }

  @GridAccess(GridPermission.CASE_WRITE)
  public HomeCaseView.VisitView visit(UUID id, HomeCaseForms.Visit form) {
    HomeCase homeCase = find(id, GridPermission.CASE_WRITE);
    Instant now = clock.instant();
    CaseVisit visit =
        homeCase.visit(
            form.visitedOn(),
            form.testTaken(),
            form.sealIntact(),
            form.temperature(),
            form.symptoms(),
            today(now),
            access.caller().name(),
            now);
    em.persist(visit);
    em.flush();
    audit.record(
        AuditEvent.of(VISITED, HOME_CASE, id.toString(), homeCase.regionPath())
            .withSummary("on=" + visit.visitedOn() + " test=" + visit.testTaken()));
    return view(visit);
  }

  @GridAccess(GridPermission.CASE_WRITE)
  public HomeCaseView extend(UUID id, long expectedVersion, int days, String reason) {
    HomeCase homeCase = find(id, GridPermission.CASE_WRITE);
    Versions.require(expectedVersion, homeCase.version());
    homeCase.extend(days, today(clock.instant()));
    em.flush();
    audit.record(
        AuditEvent.of(EXTENDED, HOME_CASE, id.toString(), homeCase.regionPath())
            .withSummary("days=" + days + " until=" + homeCase.endsOn() + " reason=" + reason));
    return get(id);
  }

  @GridAccess(GridPermission.CASE_WRITE)
  public HomeCaseView end(UUID id, long expectedVersion, LocalDate on, String reason) {
    HomeCase homeCase = find(id, GridPermission.CASE_WRITE);
    Versions.require(expectedVersion, homeCase.version());
    LocalDate today = today(clock.instant());
    homeCase.end(on == null ? today : on, reason, today);
    em.flush();
    audit.record(
        AuditEvent.of(ENDED, HOME_CASE, id.toString(), homeCase.regionPath())
            .withSummary("on=" + homeCase.endedOn() + " reason=" + reason));
    return get(id);
  }

  /**
   * The visits and tests due before today and not done, for the open cases within the caller's
   * jurisdiction (or a region of it), grouped by the grid worker of the case's grid.
   */
  @GridAccess(GridPermission.GRIDS_READ)
  public List<OverdueView> overdue(RegionCode region) {
    JurisdictionScope scope = access.scope(GridPermission.GRIDS_READ, region);
    LocalDate today = today(clock.instant());
    List<HomeCase> cases =
        KeysetQuery.of(em, HomeCase.class, "c")
            .within("c.regionPath", scope)
            .where("c.state = :open", "open", HomeCase.State.OPEN)
            .where("c.startsOn < :today", "today", today)
            .orderBy("c.regionPath", HomeCase::regionPath)
            .orderBy("c.id", HomeCase::id)
            .list(OVERDUE_CASES);
    Map<UUID, Map<LocalDate, CaseVisit>> visits = visits(cases);
    Map<RegionCode, List<OverdueView.Item>> byPlace = new LinkedHashMap<>();
    for (HomeCase c : cases) {
      for (HomeCase.Due due : c.schedule(visits.getOrDefault(c.id(), Map.of()), today)) {
        if (due.overdue()) {
          byPlace
              .computeIfAbsent(c.place(), p -> new ArrayList<>())
              .add(
                  new OverdueView.Item(
                      c.id(),
                      c.name(),
                      c.kind(),
                      due.date(),
                      due.visitDue() && !due.visited(),
                      due.testDue() && !due.tested()));
        }
      }
    }
    Map<RegionCode, Region> places = regions.findAll(byPlace.keySet());
    Map<RegionCode, GridStaffing.Holder> workers =
        staffing.holders(byPlace.keySet(), GridStaffRole.GRID_WORKER);
    return byPlace.entrySet().stream()
        .map(
            e -> {
              GridStaffing.Holder worker = workers.get(e.getKey());
              Region place = places.get(e.getKey());
              return new OverdueView(
                  worker == null ? null : worker.person(),
                  worker == null ? null : worker.name(),
                  e.getKey(),
                  place == null ? e.getKey().value() : place.name(),
                  e.getValue().stream()
                      .sorted(Comparator.comparing(OverdueView.Item::date))
                      .toList());
            })
        .toList();
  }

  /**
   * What the open cases within the caller's jurisdiction (or a region of it) have due on a day —
   * visits and tests, each with whether it is done — by place: a grid worker's list. The day: today
   * when null.
   */
  @GridAccess(GridPermission.GRIDS_READ)
  public List<DueView> dueOn(RegionCode region, LocalDate date) {
    JurisdictionScope scope = access.scope(GridPermission.GRIDS_READ, region);
    LocalDate today = today(clock.instant());
    LocalDate day = date == null ? today : date;
    List<HomeCase> cases =
        KeysetQuery.of(em, HomeCase.class, "c")
            .within("c.regionPath", scope)
            .where("c.state = :open", "open", HomeCase.State.OPEN)
            .where("c.startsOn <= :day", "day", day)
            .where("c.endsOn >= :last", "last", day)
            .orderBy("c.regionPath", HomeCase::regionPath)
            .orderBy("c.id", HomeCase::id)
            .list(OVERDUE_CASES);
    Map<UUID, Map<LocalDate, CaseVisit>> visits = visits(cases);
    Map<RegionCode, Region> places =
        regions.findAll(cases.stream().map(HomeCase::place).collect(Collectors.toSet()));
    List<DueView> due = new ArrayList<>();
    for (HomeCase c : cases) {
      for (HomeCase.Due d : c.schedule(visits.getOrDefault(c.id(), Map.of()), today)) {
        if (d.date().equals(day)) {
          Region place = places.get(c.place());
          due.add(
              new DueView(
                  c.id(),
                  c.name(),
                  c.kind(),
                  c.place(),
                  place == null ? c.place().value() : place.name(),
                  d.date(),
                  d.day(),
                  d.visitDue(),
                  d.testDue(),
                  d.visited(),
                  d.tested()));
        }
      }
    }
    return due;
  }

  /**
   * The day's home management per place, within a scope the caller has been checked for: the people
   * under each kind of case that day, the visits due and made that day, and the tests due up to
   * {@code overdueBefore} (exclusive) and not taken — the day after {@code day}, or today when that
   * is earlier. Reads the cases running that day and their visits, not the history.
   */
  public Map<RegionCode, GridFigures.Figures> figuresOn(
      JurisdictionScope scope, LocalDate day, LocalDate overdueBefore) {
    List<HomeCase> cases =
        em.createQuery(
                "select c from HomeCase c where c.regionPath >= :start and c.regionPath < :end"
                    + " and c.startsOn <= :day and c.endsOn >= :day",
                HomeCase.class)
            .setParameter("start", scope.pathStart())
            .setParameter("end", scope.pathEnd())
            .setParameter("day", day)
            .getResultList();
    Map<UUID, Map<LocalDate, CaseVisit>> visits = visits(cases);
    Map<RegionCode, GridFigures.Figures> byPlace = new HashMap<>();
    for (HomeCase c : cases) {
      long visitsDue = 0;
      long visitsDone = 0;
      long testsOverdue = 0;
      for (HomeCase.Due due : c.schedule(visits.getOrDefault(c.id(), Map.of()), overdueBefore)) {
        if (due.date().equals(day) && due.visitDue()) {
          visitsDue++;
          visitsDone += due.visited() ? 1 : 0;
        }
        if (due.testDue() && !due.tested() && due.date().isBefore(overdueBefore)) {
          testsOverdue++;
        }
      }
      GridFigures.Figures figures =
          new GridFigures.Figures(
              0,
              0,
              c.kind() == HomeCaseKind.HOME_ISOLATION ? 1 : 0,
              c.kind() == HomeCaseKind.HOME_OBSERVATION ? 1 : 0,
              c.kind() == HomeCaseKind.DAILY_MONITORING ? 1 : 0,
              visitsDue,
              visitsDone,
              testsOverdue,
              0,
              0,
              0);
      byPlace.merge(c.place(), figures, GridFigures.Figures::plus);
    }
    return byPlace;
  }

  private HomeCase find(UUID id, GridPermission permission) {
    HomeCase homeCase = em.find(HomeCase.class, id);
    access.requireWithin(permission, homeCase == null ? null : homeCase.regionPath(), CASE);
    return homeCase;
  }

  private Map<UUID, Map<LocalDate, CaseVisit>> visits(List<HomeCase> cases) {
    Map<UUID, Map<LocalDate, CaseVisit>> visits = new HashMap<>();
    List<UUID> ids = cases.stream().map(HomeCase::id).toList();
    for (int from = 0; from < ids.size(); from += 1000) {
      em.createQuery("select v from CaseVisit v where v.homeCase in :ids", CaseVisit.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .getResultList()
          .forEach(
              v ->
                  visits.computeIfAbsent(v.homeCase(), c -> new HashMap<>()).put(v.visitedOn(), v));
    }
    return visits;
  }

  private List<HomeCaseView> views(List<HomeCase> cases, boolean detailed) {
    if (cases.isEmpty()) {
      return List.of();
    }
    LocalDate today = today(clock.instant());
    Map<UUID, Map<LocalDate, CaseVisit>> visits = visits(cases);
    Map<RegionCode, Region> places =
        regions.findAll(cases.stream().map(HomeCase::place).collect(Collectors.toSet()));
    return cases.stream()
        .map(
            c -> {
              Map<LocalDate, CaseVisit> done = visits.getOrDefault(c.id(), Map.of());
              List<HomeCase.Due> schedule = c.schedule(done, today);
              Region place = places.get(c.place());
              return new HomeCaseView(
                  c.id(),
                  c.name(),
                  c.idNumber(),
                  c.phone(),
                  c.place(),
                  place == null ? c.place().value() : place.name(),
                  c.kind(),
                  c.kind().label().in(language.get()),
                  c.startsOn(),
                  c.endsOn(),
                  c.visitEvery(),
                  c.testDays(),
                  c.state().name(),
                  c.endedOn(),
                  c.endReason(),
                  (int) schedule.stream().filter(HomeCase.Due::overdue).count(),
                  detailed
                      ? schedule.stream()
                          .map(
                              d ->
                                  new HomeCaseView.DueView(
                                      d.date(),
                                      d.day(),
                                      d.visitDue(),
                                      d.testDue(),
                                      d.visited(),
                                      d.tested(),
                                      d.overdue()))
                          .toList()
                      : null,
                  detailed
                      ? done.values().stream()
                          .sorted(Comparator.comparing(CaseVisit::visitedOn))
                          .map(HomeCaseBook::view)
                          .toList()
                      : null,
                  c.version());
            })
        .toList();
  }

  private static HomeCaseView.VisitView view(CaseVisit v) {
    return new HomeCaseView.VisitView(
        v.id(),
        v.visitedOn(),
        v.testTaken(),
        v.sealIntact(),
        v.fever(),
        v.observation(),
        v.recordedBy());
  }

  private static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, ShaodianTime.ZONE);
  }
}
