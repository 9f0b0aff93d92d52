package org.shaodian.rosters.internal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
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

/**
 * The register of people who serve. Access, existence and version are checked here, before any
 * transaction starts, so that a refusal is a plain 403/404/409; the writes themselves happen in
 * {@link PersonStore}, in one JTA transaction with their audit entry.
 */
@ApplicationScoped
public class PeopleRegister implements PeopleService {

  static final Text PERSON = Text.of("人员", "Person");

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject PersonStore store;

  @Override
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
  public PersonView get(UUID id) {
    Person person = find(id);
    access.requireWithin(RosterPermission.PEOPLE_READ, person.regionPath());
    return view(person, new HashMap<>());
  }

  @Override
  public PersonView register(PersonDetails details) {
    Region region = access.require(RosterPermission.PEOPLE_WRITE, details.homeRegion());
    return view(store.add(details, region), new HashMap<>());
  }

  @Override
  public PersonView update(UUID id, long expectedVersion, PersonDetails details) {
    findForChange(id, expectedVersion);
    Region region = access.require(RosterPermission.PEOPLE_WRITE, details.homeRegion());
    return view(store.change(id, expectedVersion, details, region), new HashMap<>());
  }

  @Override
  public PersonView deactivate(UUID id, long expectedVersion) {
    if (!findForChange(id, expectedVersion).isActive()) {
      throw Problem.conflict(Text.of("该人员已停用", "This person is already inactive"));
    }
    return view(store.deactivate(id, expectedVersion), new HashMap<>());
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
