package org.shaodian.rosters.internal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.rosters.api.PeopleQuery;
import org.shaodian.rosters.api.PeopleService;
import org.shaodian.rosters.api.PersonDetails;
import org.shaodian.rosters.api.PersonView;
import org.shaodian.rosters.internal.RosterPermission;

/** The register of people who serve, in the rosters tables. Reads and writes in JTA. */
@ApplicationScoped
@Transactional
public class JpaPeopleService implements PeopleService {

  static final Text PERSON = Text.of("人员", "Person");
  static final String SUBJECT = "rosters.person";

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Override
  public Page<PersonView> list(PeopleQuery query, PageRequest page) {
    JurisdictionScope scope = access.scope(RosterPermission.PEOPLE_READ, query.region());
    StringBuilder where = new StringBuilder(" from Person p where p.regionPath like :scope");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("scope", scope.pathPattern());
    boolean active = query.active() == null || query.active();
    where.append(" and p.active = :active");
    parameters.put("active", active);
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
    Consumer<TypedQuery<?>> bind = q -> parameters.forEach(q::setParameter);

    TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
    bind.accept(count);
    long total = count.getSingleResult();

    TypedQuery<Person> select =
        em.createQuery("select p" + where + " order by p.regionPath, p.name, p.id", Person.class);
    bind.accept(select);
    Map<String, String> regionNames = new HashMap<>();
    var items =
        select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(person -> view(person, regionNames))
            .toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public PersonView get(UUID id) {
    Person person = find(id);
    access.requireWithin(RosterPermission.PEOPLE_READ, person.regionPath());
    return view(person, new HashMap<>());
  }

  @Override
  public PersonView register(PersonDetails details) {
    Region region = access.require(RosterPermission.PEOPLE_WRITE, details.homeRegion());
    Person person = Person.register(details, region, now());
    em.persist(person);
    em.flush();
    audit.record(
        "registered",
        SUBJECT,
        person.id().toString(),
        "affiliation=" + details.affiliation() + " region=" + region.code());
    return view(person, new HashMap<>());
  }

  @Override
  public PersonView update(UUID id, long expectedVersion, PersonDetails details) {
    Person person = findForChange(id, expectedVersion);
    Region region = access.require(RosterPermission.PEOPLE_WRITE, details.homeRegion());
    Set<String> changed = person.changeDetails(details, region, now());
    em.flush();
    audit.record("updated", SUBJECT, id.toString(), "changed=" + changed);
    return view(person, new HashMap<>());
  }

  @Override
  public PersonView deactivate(UUID id, long expectedVersion) {
    Person person = findForChange(id, expectedVersion);
    if (!person.isActive()) {
      throw Problem.conflict(Text.of("该人员已停用", "This person is already inactive"));
    }
    person.deactivate(now());
    em.flush();
    audit.record("deactivated", SUBJECT, id.toString(), "region=" + person.homeRegion());
    return view(person, new HashMap<>());
  }

  private Person find(UUID id) {
    Person person = em.find(Person.class, id);
    if (person == null) {
      throw Problem.notFound(PERSON, id.toString());
    }
    return person;
  }

  /** Loads a person to change: in the caller's jurisdiction and at the version they saw. */
  private Person findForChange(UUID id, long expectedVersion) {
    Person person = find(id);
    access.requireWithin(RosterPermission.PEOPLE_WRITE, person.regionPath());
    if (person.version() != expectedVersion) {
      throw Problem.staleVersion();
    }
    return person;
  }

  private Instant now() {
    return clock.instant();
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
