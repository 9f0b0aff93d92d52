package org.shaodian.grids.internal.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shaodian.grids.api.ReturneeDetails;
import org.shaodian.grids.api.ReturneeLedger;
import org.shaodian.grids.api.ReturneeSource;
import org.shaodian.grids.api.TestKind;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.grids.internal.Households;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.personal.PersonalData;
import org.shaodian.kernel.api.personal.RevealedValue;
import org.shaodian.kernel.api.personal.Reveals;
import org.shaodian.kernel.api.personal.TestOutcome;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.text.TextRules;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * The returnee ledger. Each method is one transaction, joining the caller's (a checkpoint's
 * inspection registers its returnee in the inspection's transaction). The match is by the ID
 * number's blind index; a second entry for one person is impossible (database constraint), so two
 * sources registering at the same instant leave one entry and a 409 for the later, which, tried
 * again, joins it.
 */
@UnitOfWork
@ApplicationScoped
public class ReturneeBook implements ReturneeLedger {

  static final Text RETURNEE = Text.of("返乡人员", "Returnee");

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject Reveals reveals;

  @Inject CurrentLanguage language;

  @Override
  @GridAccess(GridPermission.LEDGER_WRITE)
  public Registered register(ReturneeDetails details, ReturneeSource source, String reference) {
    // another module's words reach the ledger under the same rules as a form's
    TextRules.requireName("name", details.name(), 50);
    TextRules.requireFreeText("reference", reference, 64);
    Region stay = Households.require(access, GridPermission.LEDGER_WRITE, details.stay(), "stay");
    Instant now = clock.instant();
    if (details.arrivedOn().isAfter(LocalDate.ofInstant(now, ShaodianTime.ZONE))) {
      throw Problem.invalid("arrivedOn", Text.of("返乡日期不能晚于今天", "cannot be after today"));
    }
    String ref = reference == null ? "" : reference.strip();
    String by = access.caller().name();
    Returnee known =
        em.createQuery("select r from Returnee r where r.idNumberIndex = :index", Returnee.class)
            .setParameter("index", Returnee.indexOf(details.idNumber()))
            // sources joining one entry at the same moment take turns, rather than one of them
            // failing on the entry's version
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (known == null) {
      Returnee returnee = Returnee.register(details, stay, source, ref, by, now);
      em.persist(returnee);
      em.flush();
      audit.record(
          AuditEvent.of(
                  LedgerAudit.REGISTERED,
                  LedgerAudit.RETURNEE,
                  returnee.id().toString(),
                  stay.path())
              .withSummary("source=" + source + " stay=" + stay.code()));
      return new Registered(returnee.id(), true);
    }
    // the person is in the ledger already, perhaps registered elsewhere: the new source joins the
    // entry, and the registering region's staff see that it did
    if (known.registerAgain(details, source, ref, by, now)) {
      em.flush();
      audit.record(
          AuditEvent.of(
                  LedgerAudit.REGISTERED_AGAIN,
                  LedgerAudit.RETURNEE,
                  known.id().toString(),
                  known.regionPath())
              .withSummary("source=" + source + " from=" + stay.code()));
    }
    return new Registered(known.id(), false);
  }

  /** Registers from the REST API and shows the entry to whoever registered, in one transaction. */
  @GridAccess(GridPermission.LEDGER_WRITE)
  public Shown registerAndShow(ReturneeDetails details, ReturneeSource source) {
    Registered registered = register(details, source, "");
    return new Shown(
        views(List.of(em.find(Returnee.class, registered.returnee())), true).get(0),
        registered.newEntry());
  }

  /** An entry as its registration left it, and whether the registration made it. */
  public record Shown(ReturneeView view, boolean newEntry) {}

  /** The entries within the caller's jurisdiction (or a region of it), by place and arrival. */
  @GridAccess(GridPermission.GRIDS_READ)
  public Page<ReturneeView> list(
      RegionCode region,
      LocalDate from,
      LocalDate to,
      Boolean riskArea,
      String nameContains,
      PageRequest page) {
    JurisdictionScope scope = access.scope(GridPermission.GRIDS_READ, region);
    KeysetQuery<Returnee> query =
        KeysetQuery.of(em, Returnee.class, "r").within("r.regionPath", scope);
    if (from != null) {
      query.where("r.arrivedOn >= :from", "from", from);
    }
    if (to != null) {
      query.where("r.arrivedOn <= :to", "to", to);
    }
    if (riskArea != null) {
      query.where("r.throughRiskArea = :risk", "risk", riskArea);
    }
    return query
        .whereContains("r.name", nameContains)
        .orderBy("r.regionPath", Returnee::regionPath)
        .orderBy("r.arrivedOn", Returnee::arrivedOn)
        .orderBy("r.id", Returnee::id)
        .fetch(page)
        .mapAll(returnees -> views(returnees, false));
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public ReturneeView get(UUID id) {
    return views(List.of(find(id, GridPermission.GRIDS_READ)), true).get(0);
  }

  @GridAccess(GridPermission.LEDGER_WRITE)
  public ReturneeView.TestView recordTest(
      UUID id, LocalDate takenOn, TestKind kind, TestOutcome outcome) {
    Returnee returnee = find(id, GridPermission.LEDGER_WRITE);
    Instant now = clock.instant();
    ReturneeTest test =
        ReturneeTest.of(
            returnee,
            takenOn,
            kind,
            outcome,
            LocalDate.ofInstant(now, ShaodianTime.ZONE),
            access.caller().name(),
            now);
    em.persist(test);
    em.flush();
    audit.record(
        AuditEvent.of(
                LedgerAudit.TEST_RECORDED,
                LedgerAudit.RETURNEE,
                id.toString(),
                returnee.regionPath())
            .withSummary("kind=" + kind + " takenOn=" + takenOn));
    return new ReturneeView.TestView(test.id(), test.takenOn(), test.kind(), test.outcome());
  }

  /**
   * A returnee's full ID number or travel, for a stated reason (audited, counted by the kernel).
   */
  @GridAccess(GridPermission.REGISTER_REVEAL)
  public RevealedValue reveal(UUID id, String field, String reason) {
    Returnee returnee = find(id, GridPermission.REGISTER_REVEAL);
    PersonalData value =
        switch (field) {
          case "idNumber" -> returnee.idNumber();
          case "travel" -> returnee.travel();
          default -> throw new IllegalArgumentException("no personal field " + field);
        };
    if (value == null) {
      throw Problem.notFound(Text.of("行程", "Travel history"));
    }
    return reveals.reveal(
        new Reveals.Request(
            LedgerAudit.RETURNEE, id.toString(), returnee.regionPath(), field, reason.strip()),
        value);
  }

  private Returnee find(UUID id, GridPermission permission) {
    Returnee returnee = em.find(Returnee.class, id);
    access.requireWithin(permission, returnee == null ? null : returnee.regionPath(), RETURNEE);
    return returnee;
  }

  private List<ReturneeView> views(List<Returnee> returnees, boolean withTests) {
    if (returnees.isEmpty()) {
      return List.of();
    }
    Map<RegionCode, Region> places =
        regions.findAll(returnees.stream().map(Returnee::stay).collect(Collectors.toSet()));
    Map<UUID, List<ReturneeView.TestView>> tests =
        !withTests
            ? Map.of()
            : em
                .createQuery(
                    "select t from ReturneeTest t where t.returnee in :ids order by t.takenOn",
                    ReturneeTest.class)
                .setParameter("ids", returnees.stream().map(Returnee::id).toList())
                .getResultList()
                .stream()
                .collect(
                    Collectors.groupingBy(
                        ReturneeTest::returnee,
                        Collectors.mapping(
                            t ->
                                new ReturneeView.TestView(
                                    t.id(), t.takenOn(), t.kind(), t.outcome()),
                            Collectors.toList())));
    return returnees.stream()
        .map(
            r -> {
              Region stay = places.get(r.stay());
              return new ReturneeView(
                  r.id(),
                  r.name(),
                  r.idNumber(),
                  r.phone(),
                  r.stay(),
                  stay == null ? r.stay().value() : stay.name(),
                  r.arrivedOn(),
                  r.mode(),
                  r.travel(),
                  r.throughRiskArea(),
                  r.registrations().stream()
                      .map(
                          g ->
                              new ReturneeView.RegistrationView(
                                  g.source(),
                                  g.source().label().in(language.get()),
                                  g.reference().isEmpty() ? null : g.reference(),
                                  g.by(),
                                  ShaodianTime.at(g.at())))
                      .toList(),
                  withTests ? tests.getOrDefault(r.id(), List.of()) : null,
                  r.version(),
                  ShaodianTime.at(r.registeredAt()),
                  ShaodianTime.at(r.updatedAt()));
            })
        .toList();
  }
}
