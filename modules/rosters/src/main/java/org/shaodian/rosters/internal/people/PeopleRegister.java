package org.shaodian.rosters.internal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.PeopleQuery;
import org.shaodian.rosters.api.PeopleService;
import org.shaodian.rosters.api.PersonDetails;
import org.shaodian.rosters.api.PersonView;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;

/**
 * The register of people who serve. Each method is one transaction (joining the caller's): the role
 * is checked before it starts ({@link RosterAccess}); a write loads the person, checks the
 * jurisdiction and the version against what it loaded, changes the person through the entity and
 * audits, in that transaction.
 */
@UnitOfWork
@ApplicationScoped
public class PeopleRegister implements PeopleService {

  static final Text PERSON = Text.of("人员", "Person");

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Override
  @RosterAccess(RosterPermission.PEOPLE_READ)
  public Page<PersonView> list(PeopleQuery query, PageRequest page) {
    Filter filter = filter(query);
    long total = filter.count(em);
    Map<String, String> regionNames = new HashMap<>();
    List<PersonView> items =
        filter
            .select(em)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(person -> view(person, regionNames))
            .toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  @RosterAccess(RosterPermission.PEOPLE_READ)
  public List<PersonView> listAll(PeopleQuery query, int atMost) {
    Filter filter = filter(query);
    if (filter.count(em) > atMost) {
      throw Problem.invalid(
          "region",
          Text.of(
              "人数超过 " + atMost + ",请选择更小的区域",
              "more than " + atMost + " people; choose a smaller region"));
    }
    Map<String, String> regionNames = new HashMap<>();
    return filter.select(em).getResultList().stream()
        .map(person -> view(person, regionNames))
        .toList();
  }

  /** The JPQL condition of a query within the caller's jurisdiction, and its parameters. */
  private Filter filter(PeopleQuery query) {
    JurisdictionScope scope = access.scope(RosterPermission.PEOPLE_READ, query.region());
    StringBuilder where = new StringBuilder(" from Person p where p.regionPath like :scope");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("scope", scope.pathPattern());
    where.append(" and p.active = :active");
    parameters.put("active", query.active() == null || query.active());
    if (query.affiliation() != null) {
      where.append(" and p.affiliation = :affiliation");
      parameters.put("affiliation", query.affiliation());
    }
    if (query.partyMember() != null) {
      where.append(" and p.partyMember = :party");
      parameters.put("party", query.partyMember());
    }
    if (query.qualification() != null) {
      where.append(" and :qualification member of p.qualifications");
      parameters.put("qualification", query.qualification());
    }
    if (query.nameContains() != null && !query.nameContains().isBlank()) {
      where.append(" and lower(p.name) like :name escape '!'");
      parameters.put("name", "%" + likeEscaped(query.nameContains().strip()) + "%");
    }
    return new Filter(where.toString(), parameters);
  }

  private record Filter(String where, Map<String, Object> parameters) {

    long count(EntityManager em) {
      TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
      parameters.forEach(count::setParameter);
      return count.getSingleResult();
    }

    TypedQuery<Person> select(EntityManager em) {
      TypedQuery<Person> select =
          em.createQuery("select p" + where + " order by p.regionPath, p.name, p.id", Person.class);
      parameters.forEach(select::setParameter);
      return select;
    }
  }

  @Override
  @RosterAccess(RosterPermission.PEOPLE_READ)
  public PersonView get(UUID id) {
    return view(find(id, RosterPermission.PEOPLE_READ), new HashMap<>());
  }

  @Override
  @RosterAccess(RosterPermission.PEOPLE_WRITE)
  public PersonView register(PersonDetails details) {
    Region region = access.require(RosterPermission.PEOPLE_WRITE, details.homeRegion());
    Person person = Person.register(details, region, clock.instant());
    em.persist(person);
    em.flush();
    audit.record(
        AuditEvent.of(PeopleAudit.REGISTERED, PeopleAudit.PERSON, idOf(person), region.path())
            .withSummary("affiliation=" + details.affiliation() + " region=" + region.code()));
    return view(person, new HashMap<>());
  }

  @Override
  @RosterAccess(RosterPermission.PEOPLE_WRITE)
  public PersonView update(UUID id, long expectedVersion, PersonDetails details) {
    Person person = find(id, RosterPermission.PEOPLE_WRITE);
    Versions.require(expectedVersion, person.version());
    Region region = access.require(RosterPermission.PEOPLE_WRITE, details.homeRegion());
    String before = person.regionPath();
    Set<String> changed = person.changeDetails(details, region, clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(PeopleAudit.UPDATED, PeopleAudit.PERSON, idOf(person), before)
            .withSummary("changed=" + changed));
    if (!before.equals(region.path())) {
      // moved: the new region's supervisors see the move too
      audit.record(
          AuditEvent.of(PeopleAudit.MOVED_IN, PeopleAudit.PERSON, idOf(person), region.path())
              .withSummary("from=" + before));
    }
    return view(person, new HashMap<>());
  }

  @Override
  @RosterAccess(RosterPermission.PEOPLE_WRITE)
  public PersonView deactivate(UUID id, long expectedVersion) {
    Person person = find(id, RosterPermission.PEOPLE_WRITE);
    Versions.require(expectedVersion, person.version());
    person.deactivate(clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(
                PeopleAudit.DEACTIVATED, PeopleAudit.PERSON, idOf(person), person.regionPath())
            .withSummary("region=" + person.homeRegion()));
    return view(person, new HashMap<>());
  }

  /** A person the caller may act on: 404 alike for one that does not exist or lies outside. */
  private Person find(UUID id, RosterPermission permission) {
    Person person = em.find(Person.class, id);
    access.requireWithin(permission, person == null ? null : person.regionPath(), PERSON);
    return person;
  }

  private static String idOf(Person person) {
    return person.id().toString();
  }

  private PersonView view(Person person, Map<String, String> regionNames) {
    String regionName =
        regionNames.computeIfAbsent(
            person.homeRegion().value(),
            code -> regions.find(person.homeRegion()).map(Region::name).orElse(code));
    return new PersonView(
        person.id(),
        person.name(),
        person.phone(),
        person.affiliation(),
        person.isPartyMember(),
        person.qualifications().stream().sorted().toList(),
        person.homeRegion(),
        regionName,
        person.isActive(),
        person.version(),
        OffsetDateTime.ofInstant(person.registeredAt(), ShaodianTime.ZONE),
        OffsetDateTime.ofInstant(person.updatedAt(), ShaodianTime.ZONE));
  }

  private static String likeEscaped(String text) {
    return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
