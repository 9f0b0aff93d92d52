package org.shaodian.rosters.internal.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameOrder;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.PersonDetails;
import org.shaodian.rosters.api.Qualification;

/** A person who serves. Their home region decides whose jurisdiction they fall under. */
@Entity
@Table(name = "rosters_person")
public class Person {

  @Id private UUID id;

  /** At most 50 characters (PersonForm); the column holds 100 UTF-16 units, what 50 may need. */
  @Column(nullable = false, length = 100)
  private String name;

  /** The name's collation key: lists order by it, so names sort by pinyin ({@link NameOrder}). */
  @Column(name = "name_key")
  private byte[] nameKey;

  @Column(length = 20)
  private PhoneNumber phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Affiliation affiliation;

  @Column(name = "party_member", nullable = false)
  private boolean partyMember;

  // lazy: a page of people loads the qualifications of all its people in one query
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "rosters_person_qualification",
      joinColumns = @JoinColumn(name = "person_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "qualification", length = 40)
  private Set<Qualification> qualifications = new HashSet<>();

  @Column(name = "home_region", nullable = false, length = 15)
  private String homeRegion;

  /** The home region's path, kept so that jurisdiction filters are one indexed prefix match. */
  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Person() {}

  /** Registers a person who serves, active from now. */
  public static Person register(PersonDetails details, Region homeRegion, Instant now) {
    Person person = new Person();
    person.id = UUID.randomUUID();
    person.active = true;
    person.registeredAt = now;
    person.apply(details, homeRegion, now);
    return person;
  }

  /** Replaces the person's details; the names of the fields that changed, for the audit. */
  public Set<String> changeDetails(PersonDetails details, Region homeRegion, Instant now) {
    Set<String> changed = new TreeSet<>();
    if (!name.equals(details.name())) {
      changed.add("name");
    }
    if (!Objects.equals(phone, details.phone())) {
      changed.add("phone");
    }
    if (affiliation != details.affiliation()) {
      changed.add("affiliation");
    }
    if (partyMember != details.partyMember()) {
      changed.add("partyMember");
    }
    if (!qualifications.equals(details.qualifications())) {
      changed.add("qualifications");
    }
    if (!this.homeRegion.equals(homeRegion.code().value())) {
      changed.add("homeRegion");
    }
    apply(details, homeRegion, now);
    return changed;
  }

  /** Takes the person off duty. They stay in the register. Only an active person can be. */
  public void deactivate(Instant now) {
    if (!active) {
      throw Problem.conflict(Text.of("该人员已停用", "This person is already inactive"));
    }
    active = false;
    updatedAt = now;
  }

  private void apply(PersonDetails details, Region region, Instant now) {
    name = details.name();
    nameKey = NameOrder.key(name);
    phone = details.phone();
    affiliation = details.affiliation();
    partyMember = details.partyMember();
    qualifications.clear();
    qualifications.addAll(details.qualifications());
    homeRegion = region.code().value();
    regionPath = region.path();
    updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public byte[] nameKey() {
    return nameKey.clone();
  }

  public PhoneNumber phone() {
    return phone;
  }

  public Affiliation affiliation() {
    return affiliation;
  }

  public boolean isPartyMember() {
    return partyMember;
  }

  public Set<Qualification> qualifications() {
    return qualifications.isEmpty()
        ? EnumSet.noneOf(Qualification.class)
        : EnumSet.copyOf(qualifications);
  }

  public RegionCode homeRegion() {
    return RegionCode.of(homeRegion);
  }

  public String regionPath() {
    return regionPath;
  }

  public boolean isActive() {
    return active;
  }

  public long version() {
    return version;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
