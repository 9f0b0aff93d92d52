package org.shaodian.grids.internal.ledger;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.shaodian.grids.api.ReturneeDetails;
import org.shaodian.grids.api.ReturneeSource;
import org.shaodian.grids.api.TravelMode;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameOrder;

/**
 * One person in the returnee ledger, however many sources registered them. The first registration
 * sets the entry; later ones add their source and fill in what it lacked (a phone, where the person
 * has been), move the arrival to the earliest date told, and mark a risk area if any source says
 * so. The same source and reference twice changes nothing.
 */
@Entity
@Table(name = "grids_returnee")
public class Returnee {

  @Id private UUID id;

  @Column(name = "stay_code", nullable = false, length = 15)
  private String stayCode;

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

  @Column(name = "arrived_on", nullable = false)
  private LocalDate arrivedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "travel_mode", nullable = false, length = 10)
  private TravelMode mode;

  @Column(length = 600)
  private TravelHistory travel;

  @Column(name = "through_risk_area", nullable = false)
  private boolean throughRiskArea;

  @Version private long version;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "grids_returnee_registration",
      joinColumns = @JoinColumn(name = "returnee_id"))
  private List<Registration> registrations = new ArrayList<>();

  /** A source's registration of the returnee. */
  @Embeddable
  public static class Registration {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private ReturneeSource source;

    @Column(nullable = false, length = 64)
    private String reference;

    @Column(name = "registered_by", nullable = false, length = 100)
    private String by;

    @Column(name = "registered_at", nullable = false)
    private Instant at;

    protected Registration() {}

    Registration(ReturneeSource source, String reference, String by, Instant at) {
      this.source = source;
      this.reference = reference;
      this.by = by;
      this.at = at;
    }

    public ReturneeSource source() {
      return source;
    }

    public String reference() {
      return reference;
    }

    public String by() {
      return by;
    }

    public Instant at() {
      return at;
    }
  }

  protected Returnee() {}

  /** A new entry, from its first source. */
  static Returnee register(
      ReturneeDetails details,
      Region stay,
      ReturneeSource source,
      String reference,
      String by,
      Instant now) {
    Returnee returnee = new Returnee();
    returnee.id = UUID.randomUUID();
    returnee.stayCode = stay.code().value();
    returnee.regionPath = stay.path();
    returnee.name = details.name();
    returnee.nameKey = NameOrder.key(details.name());
    returnee.idNumber = details.idNumber();
    returnee.idNumberIndex = indexOf(details.idNumber());
    returnee.phone = details.phone();
    returnee.arrivedOn = details.arrivedOn();
    returnee.mode = details.mode();
    returnee.travel = details.travel();
    returnee.throughRiskArea = details.throughRiskArea();
    returnee.registeredAt = now;
    returnee.updatedAt = now;
    returnee.registrations.add(new Registration(source, reference, by, now));
    return returnee;
  }

  /** The blind index the ledger matches an ID number by. */
  static String indexOf(IdNumber idNumber) {
    return Sealed.blindIndex(idNumber);
  }

  /**
   * Another source registers the same person: false if this source and reference had already (the
   * entry is as it was), true once the registration is added and the gaps filled.
   */
  boolean registerAgain(
      ReturneeDetails details, ReturneeSource source, String reference, String by, Instant now) {
    boolean known =
        registrations.stream()
            .anyMatch(r -> r.source() == source && r.reference().equals(reference));
    if (known) {
      return false;
    }
    registrations.add(new Registration(source, reference, by, now));
    if (phone == null) {
      phone = details.phone();
    }
    if (travel == null) {
      travel = details.travel();
    }
    if (details.arrivedOn().isBefore(arrivedOn)) {
      arrivedOn = details.arrivedOn();
    }
    throughRiskArea = throughRiskArea || details.throughRiskArea();
    updatedAt = now;
    return true;
  }

  public UUID id() {
    return id;
  }

  public RegionCode stay() {
    return RegionCode.of(stayCode);
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

  String idNumberIndex() {
    return idNumberIndex;
  }

  public PhoneNumber phone() {
    return phone;
  }

  public LocalDate arrivedOn() {
    return arrivedOn;
  }

  public TravelMode mode() {
    return mode;
  }

  public TravelHistory travel() {
    return travel;
  }

  public boolean throughRiskArea() {
    return throughRiskArea;
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

  /** Its registrations, earliest first. */
  public List<Registration> registrations() {
    return registrations.stream().sorted(Comparator.comparing(Registration::at)).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Returnee returnee && Objects.equals(returnee.id, id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
