package org.shaodian.checkpoints.internal.patrol;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shaodian.checkpoints.api.KeyPlaceKind;
import org.shaodian.checkpoints.api.KeyPlacePatrolCounts;
import org.shaodian.checkpoints.api.KeyPlacePatrols;
import org.shaodian.checkpoints.internal.CheckpointAccess;
import org.shaodian.checkpoints.internal.CheckpointPermission;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.audit.SubjectType;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * The daily patrols of key places (每日一巡): recorded by checkpoint staff and grid workers (one a day
 * per place, a database rule: a second one the same day is a 409), listed newest first; the places
 * of a jurisdiction not patrolled on a day; and the day's figures for the briefing (每日一报), which
 * the reporting module reads through {@link KeyPlacePatrols}.
 */
@UnitOfWork
@ApplicationScoped
public class PatrolLog implements KeyPlacePatrols {

  static final Text PATROL = Text.of("巡查记录", "Patrol");
  static final SubjectType SUBJECT = SubjectType.of("checkpoints", "key-place-patrol");
  static final AuditAction RECORDED = AuditAction.of("recorded");

  @PersistenceContext(unitName = "checkpoints")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject CurrentLanguage language;

  @Inject KeyPlaceRegister places;

  /**
   * Records a place's patrol; the view is built here, in the write's transaction, from what was
   * written.
   */
  @CheckpointAccess(CheckpointPermission.PATROL)
  public PatrolView record(UUID placeId, KeyPlaceForms.PatrolForm form) {
    KeyPlace place = places.require(placeId, CheckpointPermission.PATROL);
    Instant now = clock.instant();
    List<Patrol.Answer> answers =
        form.items().stream()
            .map(a -> new Patrol.Answer(a.item(), Boolean.TRUE.equals(a.passed()), a.note()))
            .toList();
    Patrol patrol =
        place.patrol(
            answers,
            form.patrolledAt() == null ? now : form.patrolledAt().toInstant(),
            form.rectification(),
            access.caller().name(),
            now);
    em.persist(patrol);
    em.flush();
    audit.record(
        AuditEvent.of(RECORDED, SUBJECT, patrol.id().toString(), place.regionPath())
            .withSummary(
                "place="
                    + place.id()
                    + " day="
                    + patrol.day()
                    + " items="
                    + patrol.items().size()
                    + " failed="
                    + patrol.itemsFailed()));
    return PatrolView.of(patrol, place.name());
  }

  /** A place's patrols, newest first. */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public Page<PatrolView> list(UUID placeId, PageRequest page) {
    KeyPlace place = places.require(placeId, CheckpointPermission.CHECKPOINTS_READ);
    return KeysetQuery.of(em, Patrol.class, "p")
        .where("p.place = :place", "place", place.id())
        .orderBy("p.patrolDay", Patrol::day)
        .orderBy("p.id", Patrol::id)
        .descending()
        .fetch(page)
        .map(patrol -> PatrolView.of(patrol, place.name()));
  }

  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public PatrolView get(UUID placeId, UUID patrolId) {
    KeyPlace place = places.require(placeId, CheckpointPermission.CHECKPOINTS_READ);
    Patrol patrol = em.find(Patrol.class, patrolId);
    if (patrol == null || !patrol.place().equals(place.id())) {
      throw Problem.notFound(PATROL);
    }
    return PatrolView.of(patrol, place.name());
  }

  /**
   * The places of a region (the caller's jurisdiction when null) due on a day and not patrolled
   * that day, by region and name.
   */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public Page<KeyPlaceView> unpatrolled(
      RegionCode region, LocalDate day, KeyPlaceKind kind, PageRequest page) {
    JurisdictionScope scope = access.scope(CheckpointPermission.CHECKPOINTS_READ, region);
    LocalDate on = requireNotAfterToday(day);
    KeysetQuery<KeyPlace> query =
        KeysetQuery.of(em, KeyPlace.class, "kp")
            .within("kp.regionPath", scope)
            .parameter("dayEnd", endOf(on))
            .where("kp.createdAt < :dayEnd")
            .where("(kp.deactivatedAt is null or kp.deactivatedAt >= :dayEnd)")
            .where(
                "not exists (select 1 from Patrol p where p.place = kp.id and p.patrolDay = :day)",
                "day",
                on);
    if (kind != null) {
      query.where("kp.kind = :kind", "kind", kind);
    }
    return query
        .orderBy("kp.regionPath", KeyPlace::regionPath)
        .orderBy("kp.name", KeyPlace::name)
        .orderBy("kp.id", KeyPlace::id)
        .fetch(page)
        .mapAll(places::views);
  }

  /**
   * The day's figures, summed by the database over the region's places and the day's patrols: a
   * place counts on a day when it was set up before the day ended and was still active at its end
   * (today: is active now), or was patrolled that day — so the patrolled are always among the
   * places, and the places less the patrolled are the unpatrolled list.
   */
  @Override
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public KeyPlacePatrolCounts onDay(RegionCode region, LocalDate day) {
    JurisdictionScope scope = access.scope(CheckpointPermission.CHECKPOINTS_READ, region);
    LocalDate on = requireNotAfterToday(day);
    record Key(String regionCode, String regionPath, KeyPlaceKind kind) {}
    Map<Key, long[]> figures = new LinkedHashMap<>();
    em.createQuery(
            "select kp.regionCode, kp.regionPath, kp.kind, count(kp) from KeyPlace kp"
                + " where kp.regionPath >= :start and kp.regionPath < :end"
                + " and (kp.createdAt < :dayEnd"
                + " and (kp.deactivatedAt is null or kp.deactivatedAt >= :dayEnd)"
                + " or exists (select 1 from Patrol p where p.place = kp.id and p.patrolDay = :day))"
                + " group by kp.regionCode, kp.regionPath, kp.kind",
            Object[].class)
        .setParameter("start", scope.pathStart())
        .setParameter("end", scope.pathEnd())
        .setParameter("dayEnd", endOf(on))
        .setParameter("day", on)
        .getResultList()
        .forEach(
            row ->
                figures
                        .computeIfAbsent(
                            new Key((String) row[0], (String) row[1], (KeyPlaceKind) row[2]),
                            k -> new long[4])[0] =
                    ((Number) row[3]).longValue());
    em.createQuery(
            "select kp.regionCode, kp.regionPath, kp.kind, count(p), sum(p.itemsFailed),"
                + " sum(case when p.itemsFailed > 0 then 1 else 0 end)"
                + " from Patrol p, KeyPlace kp where p.place = kp.id and p.patrolDay = :day"
                + " and kp.regionPath >= :start and kp.regionPath < :end"
                + " group by kp.regionCode, kp.regionPath, kp.kind",
            Object[].class)
        .setParameter("start", scope.pathStart())
        .setParameter("end", scope.pathEnd())
        .setParameter("day", on)
        .getResultList()
        .forEach(
            row -> {
              long[] f =
                  figures.computeIfAbsent(
                      new Key((String) row[0], (String) row[1], (KeyPlaceKind) row[2]),
                      k -> new long[4]);
              f[1] = ((Number) row[3]).longValue();
              f[2] = ((Number) row[4]).longValue();
              f[3] = ((Number) row[5]).longValue();
            });
    Set<RegionCode> codes = new HashSet<>();
    figures.keySet().forEach(key -> codes.add(RegionCode.of(key.regionCode())));
    Map<RegionCode, Region> names = regions.findAll(codes);
    Language lang = language.get();
    List<KeyPlacePatrolCounts.Line> lines = new ArrayList<>();
    KeyPlacePatrolCounts.Figures totals = KeyPlacePatrolCounts.Figures.NONE;
    List<Map.Entry<Key, long[]>> sorted =
        figures.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<Key, long[]> e) -> e.getKey().regionPath())
                    .thenComparing(e -> e.getKey().kind()))
            .toList();
    for (Map.Entry<Key, long[]> entry : sorted) {
      long[] f = entry.getValue();
      KeyPlacePatrolCounts.Figures line =
          new KeyPlacePatrolCounts.Figures(f[0], f[1], f[0] - f[1], f[3], f[2]);
      RegionCode code = RegionCode.of(entry.getKey().regionCode());
      Region named = names.get(code);
      lines.add(
          new KeyPlacePatrolCounts.Line(
              code,
              named == null ? code.value() : named.name(),
              entry.getKey().kind(),
              entry.getKey().kind().label().in(lang),
              line));
      totals = totals.plus(line);
    }
    Region root = scope.root();
    return new KeyPlacePatrolCounts(root.code(), root.name(), on, totals, lines);
  }

  /** The day asked, today when null; a 400 for a day to come. */
  private LocalDate requireNotAfterToday(LocalDate day) {
    LocalDate today = LocalDate.now(clock.withZone(ShaodianTime.ZONE));
    if (day == null) {
      return today;
    }
    if (day.isAfter(today)) {
      throw Problem.invalid("day", Text.of("不能是将来的日期", "must not be a day to come"));
    }
    return day;
  }

  /** The first instant after a day, Asia/Shanghai. */
  private static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ShaodianTime.ZONE).toInstant();
  }
}
