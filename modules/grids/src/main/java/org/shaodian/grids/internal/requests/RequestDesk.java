package org.shaodian.grids.internal.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shaodian.grids.api.GridStaffRole;
import org.shaodian.grids.api.RequestCategory;
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
import org.shaodian.kernel.api.personal.PersonName;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.PeopleService;

/**
 * Citizen requests (民呼必应). A request is routed when received to the grid worker of its grid; its
 * deadline follows from its urgency; an overdue one (computed when read) shows the grid leader it
 * escalates to. Each method is one transaction; every step is audited.
 */
@UnitOfWork
@ApplicationScoped
public class RequestDesk {

  static final Text REQUEST = Text.of("诉求", "Request");
  static final SubjectType CITIZEN_REQUEST = SubjectType.of("grids", "citizen-request");
  static final AuditAction RECEIVED = AuditAction.of("received");
  static final AuditAction ROUTED = AuditAction.of("routed");
  static final AuditAction ACCEPTED = AuditAction.of("accepted");
  static final AuditAction NOTED = AuditAction.of("noted");
  static final AuditAction RESOLVED = AuditAction.of("resolved");
  static final AuditAction CALLED_BACK = AuditAction.of("called-back");

  /** The requests the counts read at most. */
  static final int COUNTED = 100_000;

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject CurrentLanguage language;

  @Inject GridStaffing staffing;

  @Inject PeopleService people;

  @GridAccess(GridPermission.REQUEST_WRITE)
  public RequestView receive(RequestForms.Receive form) {
    Region place =
        Households.require(
            access, GridPermission.REQUEST_WRITE, RegionCode.parse("place", form.place()), "place");
    GridStaffing.Holder worker =
        staffing.holders(List.of(place.code()), GridStaffRole.GRID_WORKER).get(place.code());
    CitizenRequest request =
        CitizenRequest.receive(
            place,
            PersonName.of(form.requester()),
            form.phone() == null || form.phone().isBlank() ? null : PhoneNumber.of(form.phone()),
            form.category(),
            form.urgency(),
            form.content().strip(),
            form.location() == null || form.location().isBlank() ? null : form.location().strip(),
            worker == null ? null : worker.person(),
            access.caller().name(),
            clock.instant());
    em.persist(request);
    em.flush();
    audit(RECEIVED, request, "category=" + request.category() + " urgency=" + request.urgency());
    return views(List.of(request), true).get(0);
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public Page<RequestView> list(
      RegionCode region,
      CitizenRequest.State state,
      RequestCategory category,
      Boolean overdue,
      PageRequest page) {
    JurisdictionScope scope = access.scope(GridPermission.GRIDS_READ, region);
    KeysetQuery<CitizenRequest> query =
        KeysetQuery.of(em, CitizenRequest.class, "r").within("r.regionPath", scope);
    if (state != null) {
      query.where("r.state = :state", "state", state);
    }
    if (category != null) {
      query.where("r.category = :category", "category", category);
    }
    if (overdue != null) {
      // the same rule as CitizenRequest.isOverdueAt, as a query
      query
          .parameter("now", clock.instant())
          .parameter(
              "unresolved", List.of(CitizenRequest.State.RECEIVED, CitizenRequest.State.ACCEPTED))
          .where(
              overdue
                  ? "(r.state in :unresolved and r.dueAt < :now)"
                  : "not (r.state in :unresolved and r.dueAt < :now)");
    }
    return query
        .orderBy("r.regionPath", CitizenRequest::regionPath)
        .orderBy("r.receivedAt", CitizenRequest::receivedAt)
        .orderBy("r.id", CitizenRequest::id)
        .fetch(page)
        .mapAll(requests -> views(requests, false));
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public RequestView get(UUID id) {
    return views(List.of(find(id, GridPermission.GRIDS_READ)), true).get(0);
  }

  @GridAccess(GridPermission.REQUEST_WRITE)
  public RequestView route(UUID id, long expectedVersion, UUID to) {
    CitizenRequest request = find(id, GridPermission.REQUEST_WRITE);
    Versions.require(expectedVersion, request.version());
    people.get(to); // a person the caller may see, or 404
    request.route(to);
    return changed(request, ROUTED, "to=" + to);
  }

  @GridAccess(GridPermission.REQUEST_WRITE)
  public RequestView accept(UUID id, long expectedVersion) {
    CitizenRequest request = find(id, GridPermission.REQUEST_WRITE);
    Versions.require(expectedVersion, request.version());
    request.accept(clock.instant());
    return changed(request, ACCEPTED, "");
  }

  @GridAccess(GridPermission.REQUEST_WRITE)
  public RequestView note(UUID id, String text) {
    CitizenRequest request = find(id, GridPermission.REQUEST_WRITE);
    request.note(text, access.caller().name(), clock.instant());
    return changed(request, NOTED, "");
  }

  @GridAccess(GridPermission.REQUEST_WRITE)
  public RequestView resolve(UUID id, long expectedVersion, String how) {
    CitizenRequest request = find(id, GridPermission.REQUEST_WRITE);
    Versions.require(expectedVersion, request.version());
    request.resolve(how, clock.instant());
    return changed(request, RESOLVED, "late=" + request.resolvedAt().isAfter(request.dueAt()));
  }

  @GridAccess(GridPermission.REQUEST_WRITE)
  public RequestView callBack(UUID id, long expectedVersion, int satisfaction) {
    CitizenRequest request = find(id, GridPermission.REQUEST_WRITE);
    Versions.require(expectedVersion, request.version());
    request.callBack(satisfaction, clock.instant());
    return changed(request, CALLED_BACK, "satisfaction=" + satisfaction);
  }

  /** Requests by place and category between two days (Asia/Shanghai), with open and overdue. */
  @GridAccess(GridPermission.GRIDS_READ)
  public List<RequestCounts> counts(RegionCode region, LocalDate from, LocalDate to) {
    JurisdictionScope scope = access.scope(GridPermission.GRIDS_READ, region);
    Instant start = from.atStartOfDay(ShaodianTime.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ShaodianTime.ZONE).toInstant();
    Instant now = clock.instant();
    List<CitizenRequest> requests =
        KeysetQuery.of(em, CitizenRequest.class, "r")
            .within("r.regionPath", scope)
            .where("r.receivedAt >= :start", "start", start)
            .where("r.receivedAt < :end", "end", end)
            .orderBy("r.regionPath", CitizenRequest::regionPath)
            .orderBy("r.id", CitizenRequest::id)
            .list(COUNTED);
    record Key(RegionCode place, RequestCategory category) {}
    Map<Key, List<CitizenRequest>> grouped =
        requests.stream().collect(Collectors.groupingBy(r -> new Key(r.place(), r.category())));
    Map<RegionCode, Region> places =
        regions.findAll(grouped.keySet().stream().map(Key::place).collect(Collectors.toSet()));
    return grouped.entrySet().stream()
        .map(
            e -> {
              Region place = places.get(e.getKey().place());
              List<CitizenRequest> group = e.getValue();
              return new RequestCounts(
                  e.getKey().place(),
                  place == null ? e.getKey().place().value() : place.name(),
                  e.getKey().category(),
                  e.getKey().category().label().in(language.get()),
                  group.size(),
                  group.stream()
                      .filter(
                          r ->
                              r.state() == CitizenRequest.State.RECEIVED
                                  || r.state() == CitizenRequest.State.ACCEPTED)
                      .count(),
                  group.stream().filter(r -> r.isOverdueAt(now)).count());
            })
        .sorted(
            Comparator.comparing((RequestCounts c) -> -c.received())
                .thenComparing(c -> c.place().value())
                .thenComparing(RequestCounts::category))
        .toList();
  }

  private RequestView changed(CitizenRequest request, AuditAction action, String summary) {
    em.flush();
    audit(action, request, summary);
    return views(List.of(request), true).get(0);
  }

  private void audit(AuditAction action, CitizenRequest request, String summary) {
    audit.record(
        AuditEvent.of(action, CITIZEN_REQUEST, request.id().toString(), request.regionPath())
            .withSummary(summary));
  }

  private CitizenRequest find(UUID id, GridPermission permission) {
    CitizenRequest request = em.find(CitizenRequest.class, id);
    access.requireWithin(permission, request == null ? null : request.regionPath(), REQUEST);
    return request;
  }

  private List<RequestView> views(List<CitizenRequest> requests, boolean detailed) {
    if (requests.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    Set<RegionCode> placeCodes =
        requests.stream().map(CitizenRequest::place).collect(Collectors.toSet());
    Map<RegionCode, Region> places = regions.findAll(placeCodes);
    Map<RegionCode, GridStaffing.Holder> leaders =
        staffing.holders(placeCodes, GridStaffRole.GRID_LEADER);
    Set<UUID> assignees = new HashSet<>();
    requests.stream().map(CitizenRequest::assignee).filter(a -> a != null).forEach(assignees::add);
    Map<UUID, String> names = people.namesOf(assignees);
    List<RequestView> views = new ArrayList<>();
    for (CitizenRequest r : requests) {
      Region place = places.get(r.place());
      boolean overdue = r.isOverdueAt(now);
      GridStaffing.Holder leader = overdue ? leaders.get(r.place()) : null;
      views.add(
          new RequestView(
              r.id(),
              r.place(),
              place == null ? r.place().value() : place.name(),
              r.requester(),
              r.phone(),
              r.category(),
              r.category().label().in(language.get()),
              r.urgency(),
              r.content(),
              r.location(),
              r.assignee(),
              r.assignee() == null ? null : names.get(r.assignee()),
              r.state().name(),
              ShaodianTime.at(r.receivedAt()),
              ShaodianTime.at(r.dueAt()),
              overdue,
              leader == null ? null : leader.person(),
              leader == null ? null : leader.name(),
              r.resolvedAt() == null ? null : ShaodianTime.at(r.resolvedAt()),
              r.resolution(),
              r.satisfaction(),
              detailed
                  ? r.notes().stream()
                      .map(n -> new RequestView.NoteView(n.note(), n.by(), ShaodianTime.at(n.at())))
                      .toList()
                  : null,
              r.version()));
    }
    return views;
  }
}
