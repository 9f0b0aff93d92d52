package org.shaodian.rosters.internal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.rosters.api.PersonDetails;

/**
 * Writes people and their audit entries in one JTA transaction (joining the caller's, if there is
 * one). Callers have checked access and versions already; a stale version here means a change
 * slipped in between, and the optimistic lock catches the rest at flush.
 */
@ApplicationScoped
@Transactional
public class PersonStore {

  static final String SUBJECT = "rosters.person";

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  Person add(PersonDetails details, Region region) {
    Person person = Person.register(details, region, clock.instant());
    em.persist(person);
    em.flush();
    audit.record(
        "registered",
        SUBJECT,
        person.id().toString(),
        region.path(),
        "affiliation=" + details.affiliation() + " region=" + region.code());
    return person;
  }

  Person change(UUID id, long expectedVersion, PersonDetails details, Region region) {
    Person person = load(id, expectedVersion);
    String before = person.regionPath();
    Set<String> changed = person.changeDetails(details, region, clock.instant());
    em.flush();
    audit.record("updated", SUBJECT, id.toString(), before, "changed=" + changed);
    if (!before.equals(region.path())) {
      // moved: the new region's supervisors see the move too
      audit.record("moved-in", SUBJECT, id.toString(), region.path(), "from=" + before);
    }
    return person;
  }

  Person deactivate(UUID id, long expectedVersion) {
    Person person = load(id, expectedVersion);
    person.deactivate(clock.instant());
    em.flush();
    audit.record(
        "deactivated",
        SUBJECT,
        id.toString(),
        person.regionPath(),
        "region=" + person.homeRegion());
    return person;
  }

  private Person load(UUID id, long expectedVersion) {
    Person person = em.find(Person.class, id);
    if (person == null || person.version() != expectedVersion) {
      throw Problem.staleVersion();
    }
    return person;
  }
}
