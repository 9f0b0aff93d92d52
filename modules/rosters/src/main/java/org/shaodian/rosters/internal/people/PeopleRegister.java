package org.shaodian.rosters.internal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.personal.RevealedValue;
import org.shaodian.kernel.api.personal.Reveals;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.PeopleQuery;
import org.shaodian.rosters.api.PeopleService;
import org.shaodian.rosters.api.PersonDetails;
import org.shaodian.rosters.api.PersonView;
import org.shaodian.rosters.api.Qualification;
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

  @Inject Reveals reveals;

  @Override
  @RosterAccess(RosterPermission.PEOPLE_READ)
  public Page<PersonView> list(PeopleQuery query, PageRequest page) {
    Page<Person> people = query(query).fetch(page);
    return people.mapAll(this::views);
  }

  @Override
  @RosterAccess(RosterPermission.PEOPLE_READ)
  public List<PersonView> listAll(PeopleQuery query, int atMost) {
    List<Person> people = query(query).list(atMost);
    if (people.size() > atMost) {
      throw Problem.invalid(
          "region",
          Text.of(
              "人数超过 " + atMost + ",请选择更小的区域",
              "more than " + atMost + " people; choose a smaller region"));
    }
    return views(people);
  }

  /**
   * The people a query matches within the caller's jurisdiction, in the list's order: by home
   * region, then name by pinyin. The index {@code rosters_person_page} serves the filter and the
   * order together.
   */
  private KeysetQuery<Person> query(PeopleQuery query) {
    JurisdictionScope scope = access.scope(RosterPermission.PEOPLE_READ, query.region());
    KeysetQuery<Person> people =
        KeysetQuery.of(em, Person.class, "p")
            .where("p.active = :active", "active", query.active() == null || query.active())
            // a range, not LIKE: an index bound even in a generic plan (JurisdictionScope)
            .within("p.regionPath", scope);
    if (query.affiliation() != null) {
      people.where("p.affiliation = :affiliation", "affiliation", query.affiliation());
    }
    if (query.partyMember() != null) {
      people.where("p.partyMember = :party", "party", query.partyMember());
    }
    if (query.qualification() != null) {
      people.where(
          ":qualification member of p.qualifications", "qualification", query.qualification());
    }
    return people
        .whereContains("p.name", query.nameContains())
        .orderBy("p.regionPath", Person::regionPath)
        .orderBy("p.nameKey", Person::nameKey)
        .orderBy("p.id", Person::id);
  }

  /** Views of a page of people: their qualifications and region names in one query each. */
  private List<PersonView> views(List<Person> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    Map<UUID, Set<Qualification>> qualifications = new HashMap<>();
    em.createQuery(
            "select p.id, q from Person p join p.qualifications q where p.id in :ids",
            Object[].class)
        .setParameter("ids", people.stream().map(Person::id).toList())
        .getResultList()
        .forEach(
            row ->
                qualifications
                    .computeIfAbsent((UUID) row[0], id -> EnumSet.noneOf(Qualification.class))
                    .add((Qualification) row[1]));
    Map<RegionCode, Region> regionsByCode =
        regions.findAll(people.stream().map(Person::homeRegion).collect(Collectors.toSet()));
    return people.stream()
        .map(
            person ->
                view(
                    person,
                    qualifications.getOrDefault(person.id(), Set.of()),
                    regionsByCode.get(person.homeRegion())))
        .toList();
  }

  @Override
  @RosterAccess(RosterPermission.PEOPLE_READ)
  public PersonView get(UUID id) {
    return view(find(id, RosterPermission.PEOPLE_READ));
  }

  @Override
  @RosterAccess(RosterPermission.PEOPLE_READ)
  public Map<UUID, String> namesOf(Collection<UUID> ids) {
    Map<UUID, String> names = new HashMap<>();
    List<UUID> distinct = ids.stream().distinct().toList();
    for (int from = 0; from < distinct.size(); from += 1000) {
      em.createQuery("select p.id, p.name from Person p where p.id in :ids", Object[].class)
          .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + 1000)))
          .getResultList()
          .forEach(row -> names.put((UUID) row[0], (String) row[1]));
    }
    return names;
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
    return view(person);
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
    return view(person);
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
    return view(person);
  }

  /**
   * A person's full phone, for a stated reason: recorded, audited and counted against the caller's
   * hourly allowance by the kernel ({@link Reveals}). 404 when the person has no phone.
   */
  @RosterAccess(RosterPermission.PEOPLE_REVEAL)
  public RevealedValue revealPhone(UUID id, String reason) {
    Person person = find(id, RosterPermission.PEOPLE_REVEAL);
    if (person.phone() == null) {
      throw Problem.notFound(Text.of("电话号码", "Phone number"));
    }
    return reveals.reveal(
        new Reveals.Request(
            PeopleAudit.PERSON, id.toString(), person.regionPath(), "phone", reason.strip()),
        person.phone());
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

  /** The view of one person, loading what it needs. */
  private PersonView view(Person person) {
    return view(person, person.qualifications(), regions.find(person.homeRegion()).orElse(null));
  }

  private static PersonView view(Person person, Set<Qualification> qualifications, Region home) {
    return new PersonView(
        person.id(),
        person.name(),
        person.phone(),
        person.affiliation(),
        person.isPartyMember(),
        qualifications.stream().sorted().toList(),
        person.homeRegion(),
        home == null ? person.homeRegion().value() : home.name(),
        person.isActive(),
        person.version(),
        ShaodianTime.at(person.registeredAt()),
        ShaodianTime.at(person.updatedAt()));
  }
}
