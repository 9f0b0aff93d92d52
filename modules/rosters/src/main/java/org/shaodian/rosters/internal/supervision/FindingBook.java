package org.shaodian.rosters.internal.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.FindingState;
import org.shaodian.rosters.api.SupervisionFigures;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;
import org.shaodian.rosters.internal.duty.DutyViews;
import org.shaodian.rosters.internal.posts.Post;
import org.shaodian.rosters.internal.posts.PostRegister;

/** Supervision findings: recorded by supervisors, rectified by the command office, closed. */
@UnitOfWork
@ApplicationScoped
public class FindingBook implements SupervisionFigures {

  static final Text FINDING = Text.of("巡查问题", "Finding");

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject Access access;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject PostRegister posts;

  @Inject DutyViews names;

  /** Findings within the caller's jurisdiction, the latest first. */
  @RosterAccess(RosterPermission.ROSTER_READ)
  public Page<FindingView> list(RegionCode region, FindingState state, PageRequest page) {
    JurisdictionScope scope = access.scope(RosterPermission.ROSTER_READ, region);
    KeysetQuery<Finding> findings =
        KeysetQuery.of(em, Finding.class, "f").within("f.regionPath", scope);
    if (state != null) {
      findings.where("f.state = :state", "state", state);
    }
    Page<Finding> found =
        findings
            .orderBy("f.foundAt", Finding::foundAt)
            .orderBy("f.id", Finding::id)
            .descending()
            .fetch(page);
    return found.mapAll(this::views);
  }

  @Override
  @RosterAccess(RosterPermission.ROSTER_READ)
  public FindingCounts onDay(RegionCode region, LocalDate day) {
    Instant now = clock.instant();
    if (day == null || day.isAfter(LocalDate.ofInstant(now, ShaodianTime.ZONE))) {
      throw Problem.invalid("date", Text.of("日期不能晚于今天", "must be today or earlier"));
    }
    JurisdictionScope scope = access.scope(RosterPermission.ROSTER_READ, region);
    Instant start = day.atStartOfDay(ShaodianTime.ZONE).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(ShaodianTime.ZONE).toInstant();
    Instant cutoff = end.isAfter(now) ? now : end;
    List<PlaceCount> places = new ArrayList<>();
    // found before the cutoff and not closed by it: only those found that day or still open, or
    // closed after the day, are read — not the closed history
    for (Object[] row :
        em.createQuery(
                "select p.regionCode,"
                    + " sum(case when f.foundAt >= :start then 1 else 0 end),"
                    + " sum(case when (f.closedAt is null or f.closedAt >= :cutoff)"
                    + " and (f.rectifiedAt is null or f.rectifiedAt >= :cutoff) then 1 else 0 end),"
                    + " sum(case when (f.closedAt is null or f.closedAt >= :cutoff)"
                    + " and f.rectifiedAt < :cutoff then 1 else 0 end)"
                    + " from Finding f, Post p where p.id = f.post"
                    + " and f.regionPath >= :pathStart and f.regionPath < :pathEnd"
                    + " and f.foundAt < :cutoff"
                    + " and (f.foundAt >= :start or f.closedAt is null or f.closedAt >= :cutoff)"
                    + " group by p.regionCode order by p.regionCode",
                Object[].class)
            .setParameter("pathStart", scope.pathStart())
            .setParameter("pathEnd", scope.pathEnd())
            .setParameter("start", start)
            .setParameter("cutoff", cutoff)
            .getResultList()) {
      places.add(
          new PlaceCount(
              RegionCode.of((String) row[0]),
              new Count(number(row[1]), number(row[2]), number(row[3]))));
    }
    return new FindingCounts(scope.root().code(), day, places);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  @RosterAccess(RosterPermission.ROSTER_READ)
  public FindingView get(UUID id) {
    return views(List.of(find(id, RosterPermission.ROSTER_READ))).get(0);
  }

  @RosterAccess(RosterPermission.FINDING_RECORD)
  public FindingView record(FindingForm form) {
    Post post = posts.find(form.post(), RosterPermission.FINDING_RECORD);
    Instant now = clock.instant();
    Finding finding =
        Finding.record(
            post.id(),
            post.regionPath(),
            form.kind(),
            form.severity(),
            form.note().strip(),
            form.photoNote() == null || form.photoNote().isBlank()
                ? null
                : form.photoNote().strip(),
            form.foundAt() == null ? now : form.foundAt().toInstant(),
            access.caller().name(),
            now);
    em.persist(finding);
    em.flush();
    audit.record(
        AuditEvent.of(
                SupervisionAudit.RECORDED,
                SupervisionAudit.FINDING,
                finding.id().toString(),
                post.regionPath())
            .withSummary(
                "post="
                    + post.id()
                    + " kind="
                    + finding.kind()
                    + " severity="
                    + finding.severity()));
    return views(List.of(finding)).get(0);
  }

  @RosterAccess(RosterPermission.FINDING_RECTIFY)
  public FindingView rectify(UUID id, long expectedVersion, RectificationForm form) {
    Finding finding = find(id, RosterPermission.FINDING_RECTIFY);
    Versions.require(expectedVersion, finding.version());
    finding.rectify(form.note().strip(), access.caller().name(), clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(
            SupervisionAudit.RECTIFIED,
            SupervisionAudit.FINDING,
            id.toString(),
            finding.regionPath()));
    return views(List.of(finding)).get(0);
  }

  @RosterAccess(RosterPermission.FINDING_RECORD)
  public FindingView close(UUID id, long expectedVersion) {
    Finding finding = find(id, RosterPermission.FINDING_RECORD);
    Versions.require(expectedVersion, finding.version());
    finding.close(access.caller().name(), clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(
            SupervisionAudit.CLOSED,
            SupervisionAudit.FINDING,
            id.toString(),
            finding.regionPath()));
    return views(List.of(finding)).get(0);
  }

  private Finding find(UUID id, RosterPermission permission) {
    Finding finding = em.find(Finding.class, id);
    access.requireWithin(permission, finding == null ? null : finding.regionPath(), FINDING);
    return finding;
  }

  private List<FindingView> views(List<Finding> findings) {
    Map<UUID, String> postNames = names.postNames(findings.stream().map(Finding::post).toList());
    return findings.stream()
        .map(
            f ->
                new FindingView(
                    f.id(),
                    f.post(),
                    postNames.get(f.post()),
                    f.kind(),
                    f.severity(),
                    f.note(),
                    f.photoNote(),
                    ShaodianTime.at(f.foundAt()),
                    f.recordedBy(),
                    f.state(),
                    f.rectification(),
                    ShaodianTime.at(f.rectifiedAt()),
                    f.rectifiedBy(),
                    ShaodianTime.at(f.closedAt()),
                    f.closedBy(),
                    f.version()))
        .toList();
  }
}
