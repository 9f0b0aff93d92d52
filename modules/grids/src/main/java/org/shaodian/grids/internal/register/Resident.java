package org.shaodian.grids.internal.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.grids.api.ResidentFlag;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.text.NameOrder;

/**
 * A resident of a dwelling. The ID number is sealed at rest and matched by its blind index, so the
 * register holds each person once (a database constraint) without comparing plain numbers.
 */
@Entity
@Table(name = "grids_resident")
public class Resident {

  /** From this age a resident living alone is one of the grid's elderly living alone (独居老人). */
  static final int ELDERLY_FROM_AGE = 60;

  @Id private UUID id;

  @Column(name = "dwelling_id", nullable = false)
  private UUID dwelling;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "name_key", nullable = false)
  private byte[] nameKey;

  @Column(name = "id_number", nullable = false, length = 200)
  private IdNumber idNumber;

  @Column(name = "id_number_index", nullable = false, length = 64)
  private String idNumberIndex;

  @Column(length = 200)
  private PhoneNumber phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "household_relation", nullable = false, length = 20)
  private HouseholdRelation relation;

  @Column(name = "elderly_living_alone", nullable = false)
  private boolean elderlyLivingAlone;

  @Column(name = "needs_help", nullable = false)
  private boolean needsHelp;

  @Column(name = "party_member", nullable = false)
  private boolean partyMember;

  @Column(name = "serving_party_member", nullable = false)
  private boolean servingPartyMember;

  @Version private long version;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Resident() {}

  /** Registers a resident of a dwelling; 400 naming {@code flags} when a flag does not fit. */
  static Resident register(ResidentDetails details, Dwelling dwelling, Instant now) {
    Resident resident = new Resident();
    resident.id = UUID.randomUUID();
    resident.registeredAt = now;
    resident.apply(details, dwelling, now);
    return resident;
  }

  /** The blind index the register matches an ID number by. */
  static String indexOf(IdNumber idNumber) {
    return Sealed.blindIndex(idNumber);
  }

  /** Replaces the resident's details; the names of the fields that changed, for the audit. */
  Set<String> change(ResidentDetails details, Dwelling to, Instant now) {
    Set<String> changed = new TreeSet<>();
    if (!name.equals(details.name())) {
      changed.add("name");
    }
    if (!idNumber.equals(details.idNumber())) {
      changed.add("idNumber");
    }
    if (!Objects.equals(phone, details.phone())) {
      changed.add("phone");
    }
    if (relation != details.relation()) {
      changed.add("relation");
    }
    if (!flags().equals(details.flags())) {
      changed.add("flags");
    }
    if (!dwelling.equals(to.id())) {
      changed.add("dwelling");
    }
    requireFlagsFit(details, LocalDate.ofInstant(now, ShaodianTime.ZONE));
    if (!changed.isEmpty()) {
      // nothing written when nothing changed: a re-import keeps versions, and the ETags held
      apply(details, to, now);
    }
    return changed;
  }

  private void apply(ResidentDetails details, Dwelling to, Instant now) {
    requireFlagsFit(details, LocalDate.ofInstant(now, ShaodianTime.ZONE));
    Set<ResidentFlag> flags = details.flags();
    name = details.name();
    nameKey = NameOrder.key(name);
    idNumber = details.idNumber();
    idNumberIndex = indexOf(details.idNumber());
    phone = details.phone();
    relation = details.relation();
    elderlyLivingAlone = flags.contains(ResidentFlag.ELDERLY_LIVING_ALONE);
    needsHelp = flags.contains(ResidentFlag.NEEDS_HELP);
    partyMember = flags.contains(ResidentFlag.PARTY_MEMBER);
    servingPartyMember = flags.contains(ResidentFlag.SERVING_PARTY_MEMBER);
    dwelling = to.id();
    regionPath = to.regionPath();
    updatedAt = now;
  }

  /**
   * The flags fit the resident on a day: an in-service party member is a party member, and the
   * elderly living alone are 60 or older by the ID number's birth date. A 400 naming {@code flags}
   * otherwise.
   */
  static void requireFlagsFit(ResidentDetails details, LocalDate today) {
    Set<ResidentFlag> flags = details.flags();
    if (flags.contains(ResidentFlag.SERVING_PARTY_MEMBER)
        && !flags.contains(ResidentFlag.PARTY_MEMBER)) {
      throw Problem.invalid(
          "flags",
          Text.of("在职党员须同时标记为党员", "an in-service party member is a party member: mark both"));
    }
    if (flags.contains(ResidentFlag.ELDERLY_LIVING_ALONE)
        && ageOn(details.idNumber(), today) < ELDERLY_FROM_AGE) {
      throw Problem.invalid(
          "flags",
          Text.of(
              "独居老人须年满 " + ELDERLY_FROM_AGE + " 岁(按身份证出生日期)",
              "elderly living alone means "
                  + ELDERLY_FROM_AGE
                  + " or older (by the ID number's birth date)"));
    }
  }

  /** Age in whole years on a day, from the ID number's birth date. */
  static int ageOn(IdNumber idNumber, LocalDate day) {
    return Period.between(idNumber.birthDate(), day).getYears();
  }

  public UUID id() {
    return id;
  }

  public UUID dwelling() {
    return dwelling;
  }

  public String regionPath() {
    return regionPath;
  }

  public String name() {
    return name;
  }

  public byte[] nameKey() {
    return nameKey.clone();
  }

  public IdNumber idNumber() {
    return idNumber;
  }

  /** The ID number's blind index, as stored. */
  String idNumberIndex() {
    return idNumberIndex;
  }

  public PhoneNumber phone() {
    return phone;
  }

  public HouseholdRelation relation() {
    return relation;
  }

  public Set<ResidentFlag> flags() {
    Set<ResidentFlag> flags = EnumSet.noneOf(ResidentFlag.class);
    if (elderlyLivingAlone) {
      flags.add(ResidentFlag.ELDERLY_LIVING_ALONE);
    }
    if (needsHelp) {
      flags.add(ResidentFlag.NEEDS_HELP);
    }
    if (partyMember) {
      flags.add(ResidentFlag.PARTY_MEMBER);
    }
    if (servingPartyMember) {
      flags.add(ResidentFlag.SERVING_PARTY_MEMBER);
    }
    return flags;
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
