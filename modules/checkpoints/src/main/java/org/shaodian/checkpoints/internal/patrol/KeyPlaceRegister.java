package org.shaodian.checkpoints.internal.patrol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shaodian.checkpoints.api.KeyPlaceKind;
import org.shaodian.checkpoints.internal.CheckpointAccess;
import org.shaodian.checkpoints.internal.CheckpointPermission;
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
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;

/**
 * The key places of a jurisdiction (重点场所): set up by the command office with their checklists,
 * changed against the version read, deactivated for good. Each method is one transaction; every
 * change is audited in it.
 */
@UnitOfWork
@ApplicationScoped
public class KeyPlaceRegister {

  static final Text KEY_PLACE = Text.of("重点场所", "Key place");
  static final SubjectType SUBJECT = SubjectType.of("checkpoints", "key-place");
  static final AuditAction SET_UP = AuditAction.of("set-up");
  static final AuditAction CHANGED = AuditAction.of("changed");
  static final AuditAction DEACTIVATED = AuditAction.of("deactivated");

  @PersistenceContext(unitName = "checkpoints")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject CurrentLanguage language;

  @CheckpointAccess(CheckpointPermission.KEY_PLACE_WRITE)
  public KeyPlaceView setUp(KeyPlaceForms.SetUp form) {
    Region region =
        access.require(
            CheckpointPermission.KEY_PLACE_WRITE, RegionCode.parse("region", form.region()));
    KeyPlace place =
        KeyPlace.setUp(
            UUID.randomUUID(),
            region,
            form.name().strip(),
            form.kind(),
            blankToNull(form.address()),
            form.checklist(),
            clock.instant());
    em.persist(place);
    em.flush();
    record(SET_UP, place, "kind=" + place.kind() + " items=" + place.checklist().size());
    return view(place);
  }

  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public Page<KeyPlaceView> list(
      RegionCode region, KeyPlaceKind kind, Boolean active, PageRequest page) {
    JurisdictionScope scope = access.scope(CheckpointPermission.CHECKPOINTS_READ, region);
    KeysetQuery<KeyPlace> query =
        KeysetQuery.of(em, KeyPlace.class, "kp").within("kp.regionPath", scope);
    if (kind != null) {
      query.where("kp.kind = :kind", "kind", kind);
    }
    if (active != null) {
      query.where("kp.active = :active", "active", active);
    }
    return query
        .orderBy("kp.regionPath", KeyPlace::regionPath)
        .orderBy("kp.name", KeyPlace::name)
        .orderBy("kp.id", KeyPlace::id)
        .fetch(page)
        .mapAll(this::views);
  }

  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public KeyPlaceView get(UUID id) {
    return view(require(id, CheckpointPermission.CHECKPOINTS_READ));
  }

  @CheckpointAccess(CheckpointPermission.KEY_PLACE_WRITE)
  public KeyPlaceView change(UUID id, long expectedVersion, KeyPlaceForms.Change form) {
    KeyPlace place = require(id, CheckpointPermission.KEY_PLACE_WRITE);
    Versions.require(expectedVersion, place.version());
    int before = place.checklist().size();
    place.change(
        form.name().strip(),
        form.kind(),
        blankToNull(form.address()),
        form.checklist(),
        clock.instant());
    em.flush();
    record(CHANGED, place, "items=" + before + "->" + place.checklist().size());
    return view(place);
  }

  @CheckpointAccess(CheckpointPermission.KEY_PLACE_WRITE)
  public KeyPlaceView deactivate(UUID id, long expectedVersion, String reason) {
    KeyPlace place = require(id, CheckpointPermission.KEY_PLACE_WRITE);
    Versions.require(expectedVersion, place.version());
    place.deactivate(clock.instant());
    em.flush();
    record(DEACTIVATED, place, "reason=" + reason.strip());
    return view(place);
  }

  /**
   * A key place the caller holds {@code permission} on: a 404 the same whether it does not exist or
   * lies outside the caller's jurisdiction.
   */
  public KeyPlace require(UUID id, CheckpointPermission permission) {
    KeyPlace place = em.find(KeyPlace.class, id);
    access.requireWithin(permission, place == null ? null : place.regionPath(), KEY_PLACE);
    return place;
  }

  /** The places' views, with their region names and the last day each was patrolled. */
  public List<KeyPlaceView> views(List<KeyPlace> places) {
    if (places.isEmpty()) {
      return List.of();
    }
    Map<RegionCode, Region> where =
        regions.findAll(places.stream().map(KeyPlace::regionCode).distinct().toList());
    Map<UUID, LocalDate> last = new HashMap<>();
    em.createQuery(
            "select p.place, max(p.patrolDay) from Patrol p where p.place in :places"
                + " group by p.place",
            Object[].class)
        .setParameter("places", places.stream().map(KeyPlace::id).toList())
        .getResultList()
        .forEach(row -> last.put((UUID) row[0], (LocalDate) row[1]));
    return places.stream()
        .map(
            place -> {
              Region region = where.get(place.regionCode());
              return KeyPlaceView.of(
                  place,
                  region == null ? place.regionCode().value() : region.name(),
                  last.get(place.id()),
                  language.get());
            })
        .toList();
  }

  public KeyPlaceView view(KeyPlace place) {
    return views(List.of(place)).get(0);
  }

  private void record(AuditAction action, KeyPlace place, String summary) {
    audit.record(
        AuditEvent.of(action, SUBJECT, place.id().toString(), place.regionPath())
            .withSummary(summary));
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
