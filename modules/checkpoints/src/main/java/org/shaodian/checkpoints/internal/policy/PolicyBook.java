package org.shaodian.checkpoints.internal.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * The screening policy book: the versions of each region's policy, issued by the command office,
 * and the one in force for a place at a time — the place's own latest version effective then, or
 * else the nearest region's above it. A version takes effect at its time by being read at that
 * time: nothing is switched, cached or restarted.
 *
 * <p>The inspections of this module read the checkpoint's {@link #timeline} once per request (a
 * device batch), take the version in force at each inspection's time from it, and record {@link
 * PolicyInForce#versionId()} with the inspection. A version issued during the request applies from
 * the next: the request is one transaction, which would not see it anyway.
 */
@UnitOfWork
@ApplicationScoped
public class PolicyBook {

  static final Text POLICY = Text.of("筛查政策版本", "Screening policy version");
  static final SubjectType SUBJECT = SubjectType.of("checkpoints", "screening-policy");
  static final AuditAction ISSUED = AuditAction.of("issued");

  @PersistenceContext(unitName = "checkpoints")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject CurrentLanguage language;

  /** Issues a version for a region in the caller's jurisdiction; audited. */
  @CheckpointAccess(CheckpointPermission.POLICY_WRITE)
  public PolicyVersionView issue(PolicyForms.Issue form) {
    Region region =
        access.require(
            CheckpointPermission.POLICY_WRITE, RegionCode.parse("region", form.region()));
    ScreeningPolicy policy =
        new ScreeningPolicy(
            form.greenCodeRequired(),
            form.riskAreaDays(),
            form.testMaxAgeHours(),
            form.testOrigins(),
            BigDecimal.valueOf(form.feverFrom()));
    PolicyVersion version =
        PolicyVersion.issue(
            UUID.randomUUID(),
            region,
            form.effectiveFrom().toInstant(),
            policy,
            form.note().strip(),
            access.caller().name(),
            clock.instant());
    em.persist(version);
    em.flush();
    audit.record(
        AuditEvent.of(ISSUED, SUBJECT, version.id().toString(), version.regionPath())
            .withSummary(
                "effectiveFrom="
                    + version.effectiveFrom()
                    + " greenCode="
                    + policy.greenCodeRequired()
                    + " riskAreaDays="
                    + policy.riskAreaDays()
                    + " testMaxAgeHours="
                    + policy.testMaxAgeHours()
                    + " testOrigins="
                    + String.join(",", policy.testOrigins())
                    + " feverFrom="
                    + policy.feverFrom()));
    return view(version, region);
  }

  /**
   * The versions of a region (the caller's jurisdiction when none is given), newest first, and with
   * {@code inherited} those of the regions above it too, the nearest first: the versions that apply
   * to it, which a caller may read although they were issued above her jurisdiction.
   */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public Page<PolicyVersionView> list(RegionCode region, boolean inherited, PageRequest page) {
    Region place =
        region == null
            ? access.scope(CheckpointPermission.CHECKPOINTS_READ, null).root()
            : access.require(CheckpointPermission.CHECKPOINTS_READ, region);
    List<String> paths =
        inherited ? PolicyVersion.pathsUpFrom(place.path()) : List.of(place.path());
    return KeysetQuery.of(em, PolicyVersion.class, "p")
        .where("p.regionPath in :paths", "paths", paths)
        .orderBy("p.regionPath", PolicyVersion::regionPath)
        .orderBy("p.effectiveFrom", PolicyVersion::effectiveFrom)
        .orderBy("p.id", PolicyVersion::id)
        .descending()
        .fetch(page)
        .mapAll(this::views);
  }

  /**
   * One version: of a region in the caller's jurisdiction, or of one above it (whose versions apply
   * there); a 404 otherwise, as for one that does not exist.
   */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public PolicyVersionView get(UUID id) {
    PolicyVersion version = em.find(PolicyVersion.class, id);
    JurisdictionScope scope = access.scope(CheckpointPermission.CHECKPOINTS_READ, null);
    if (version == null || !scope.root().path().startsWith(version.regionPath())) {
      access.requireWithin(
          CheckpointPermission.CHECKPOINTS_READ,
          version == null ? null : version.regionPath(),
          POLICY);
    }
    return views(List.of(version)).get(0);
  }

  /**
   * The version in force for a place in the caller's jurisdiction at a time, and whether it is
   * inherited (now when {@code at} is null); a 409 when no version is in force there then.
   */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public PolicyInForceView inForceAt(RegionCode region, Instant at) {
    Region place = access.require(CheckpointPermission.CHECKPOINTS_READ, region);
    Instant when = at == null ? clock.instant() : at;
    return inForceView(place, inForce(place.path(), when), when);
  }

  /**
   * What the policy in force for a place at a time (now when null) says of a traveller's checks;
   * nothing is recorded.
   */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public JudgementView judge(PolicyForms.Judge form) {
    Region place =
        access.require(
            CheckpointPermission.CHECKPOINTS_READ, RegionCode.parse("region", form.region()));
    Traveller traveller =
        new Traveller(
            form.healthCode(),
            form.riskAreaDaysAgo(),
            form.testAgeHours(),
            BigDecimal.valueOf(form.temperature()),
            form.origin() == null || form.origin().isBlank() ? null : form.origin().strip());
    Instant at = form.at() == null ? clock.instant() : form.at().toInstant();
    PolicyInForce policy = inForce(place.path(), at);
    Judgement judgement = policy.judge(traveller);
    Language lang = language.get();
    return new JudgementView(
        judgement.decision(),
        judgement.decision().label().in(lang),
        judgement.reasons().stream()
            .map(
                reason ->
                    new JudgementView.ReasonView(
                        reason.finding(), reason.finding().decision(), reason.text().in(lang)))
            .toList(),
        inForceView(place, policy, at));
  }

  /**
   * The version in force at {@code at} for the place at {@code regionPath} (whose access the caller
   * has checked): for the inspections, which record its id. A 409 when none is; {@link
   * #findInForce} to tell that case apart without a problem.
   */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public PolicyInForce inForce(String regionPath, Instant at) {
    return findInForce(regionPath, at)
        .orElseThrow(
            () ->
                Problem.conflict(
                    Text.of(
                        "该地此时没有生效的筛查政策:请指挥部先为本地或上级地区发布政策",
                        "No screening policy is in force for the place at that time: the command"
                            + " office issues one for it or a region above it first")));
  }

  /**
   * The version in force at {@code at} for the place at {@code regionPath}: among the versions of
   * the place and the regions above it that took effect by then, the nearest region's latest.
   */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public Optional<PolicyInForce> findInForce(String regionPath, Instant at) {
    return timeline(regionPath).inForceAt(at);
  }

  /**
   * Every version of the place and the regions above it, to tell the one in force at any time
   * without asking again: a device batch of a thousand inspections at one checkpoint would
   * otherwise ask a thousand times. One query on the index {@code (region_path, effective_from)}; a
   * place has a handful of versions.
   */
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public PolicyTimeline timeline(String regionPath) {
    // deepest path first: a place's path is longer than, and sorts after, its ancestors'
    return new PolicyTimeline(
        em
            .createQuery(
                "select p from PolicyVersion p where p.regionPath in :paths"
                    + " order by p.regionPath desc, p.effectiveFrom desc",
                PolicyVersion.class)
            .setParameter("paths", PolicyVersion.pathsUpFrom(regionPath))
            .getResultList()
            .stream()
            .map(PolicyInForce::of)
            .toList());
  }

  private PolicyInForceView inForceView(Region place, PolicyInForce policy, Instant at) {
    PolicyVersion version = em.find(PolicyVersion.class, policy.versionId());
    return new PolicyInForceView(
        place.code(),
        place.name(),
        ShaodianTime.at(at),
        policy.isInheritedBy(place.path()),
        views(List.of(version)).get(0));
  }

  private PolicyVersionView view(PolicyVersion version, Region region) {
    return view(version, region.name(), clock.instant());
  }

  private List<PolicyVersionView> views(List<PolicyVersion> versions) {
    Map<RegionCode, Region> places =
        regions.findAll(versions.stream().map(PolicyVersion::regionCode).toList());
    Instant now = clock.instant();
    return versions.stream()
        .map(
            v -> {
              Region place = places.get(v.regionCode());
              return view(v, place == null ? v.regionCode().value() : place.name(), now);
            })
        .toList();
  }

  private static PolicyVersionView view(PolicyVersion version, String regionName, Instant now) {
    ScreeningPolicy policy = version.policy();
    return new PolicyVersionView(
        version.id(),
        version.regionCode(),
        regionName,
        ShaodianTime.at(version.effectiveFrom()),
        !version.isEffectiveAt(now),
        policy.greenCodeRequired(),
        policy.riskAreaDays(),
        policy.testMaxAgeHours(),
        policy.testOrigins(),
        policy.feverFrom().doubleValue(),
        version.note(),
        version.issuedBy(),
        ShaodianTime.at(version.issuedAt()),
        version.version());
  }
}
