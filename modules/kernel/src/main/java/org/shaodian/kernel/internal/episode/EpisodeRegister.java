package org.shaodian.kernel.internal.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.audit.SubjectType;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.kernel.internal.access.KernelPermission;

/** Emergency episodes: opened and closed by a region's command, read within a jurisdiction. */
@UnitOfWork
@ApplicationScoped
public class EpisodeRegister {

  static final SubjectType EPISODE = SubjectType.of("kernel", "episode");
  static final AuditAction OPENED = AuditAction.of("opened");
  static final AuditAction CLOSED = AuditAction.of("closed");
  static final AuditAction PURGED = AuditAction.of("personal-data-purged");
  static final Text WHAT = Text.of("应急响应期", "episode");

  /** At most this many episodes in a list: a region has a few a year. */
  static final int LIST_LIMIT = 500;

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  @Inject Access access;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  /** Days after an episode's last day until its personal data is purged. */
  @Inject
  @ConfigProperty(name = "shaodian.retention.days-after-close", defaultValue = "30")
  int retentionDays;

  public EmergencyEpisode open(RegionCode where, String name, LocalDate openedOn) {
    Region region = access.require(KernelPermission.EPISODES_MANAGE, where);
    requireNotFuture("openedOn", openedOn);
    EmergencyEpisode episode = new EmergencyEpisode(region, name, openedOn, access.caller().name());
    em.persist(episode);
    em.flush(); // one open episode per region: the database's rule, answered as a 409 here
    audit.record(
        AuditEvent.of(OPENED, EPISODE, episode.id().toString(), region.path())
            .withSummary(region.code().value() + " from " + openedOn));
    return episode;
  }

  public EmergencyEpisode close(UUID id, long version, LocalDate closedOn) {
    EmergencyEpisode episode = find(id, KernelPermission.EPISODES_MANAGE);
    Versions.require(version, episode.version());
    requireNotFuture("closedOn", closedOn);
    episode.close(closedOn, retentionDays, access.caller().name());
    em.flush();
    audit.record(
        AuditEvent.of(CLOSED, EPISODE, id.toString(), episode.regionPath())
            .withSummary(
                episode.regionCode()
                    + " "
                    + episode.openedOn()
                    + " to "
                    + closedOn
                    + ", personal data purged from "
                    + episode.purgeDueOn()));
    return episode;
  }

  public EmergencyEpisode get(UUID id) {
    return find(id, KernelPermission.EPISODES_READ);
  }

  /** The episodes of the caller's jurisdiction, or below a region, the latest opened first. */
  public List<EmergencyEpisode> list(RegionCode below) {
    JurisdictionScope scope = access.scope(KernelPermission.EPISODES_READ, below);
    return em.createQuery(
            "select e from EmergencyEpisode e"
                + " where e.regionPath >= :start and e.regionPath < :end"
                + " order by e.openedOn desc, e.id",
            EmergencyEpisode.class)
        .setParameter("start", scope.pathStart())
        .setParameter("end", scope.pathEnd())
        .setMaxResults(LIST_LIMIT)
        .getResultList();
  }

  /** Closed episodes whose purge is due on or before {@code day} and not done yet; any region. */
  List<UUID> dueOn(LocalDate day) {
    return em.createQuery(
            "select e.id from EmergencyEpisode e where e.purgeDueOn <= :day"
                + " and e.purgedAt is null order by e.purgeDueOn, e.id",
            UUID.class)
        .setParameter("day", day)
        .getResultList();
  }

  /** The episode as the purge reads it, without a caller's jurisdiction. */
  EmergencyEpisode forPurge(UUID id) {
    return em.find(EmergencyEpisode.class, id);
  }

  /** Marks the purge done, with its counts, and audits it: once, whichever server ran it. */
  void purged(UUID id, String report) {
    EmergencyEpisode episode = em.find(EmergencyEpisode.class, id);
    if (episode.purgedAt() != null) {
      return;
    }
    episode.purged(clock.instant(), report);
    audit.record(
        AuditEvent.of(PURGED, EPISODE, id.toString(), episode.regionPath())
            .withSummary(episode.regionCode() + " to " + episode.closedOn() + ": " + report));
  }

  private EmergencyEpisode find(UUID id, KernelPermission permission) {
    EmergencyEpisode episode = em.find(EmergencyEpisode.class, id);
    access.requireWithin(permission, episode == null ? null : episode.regionPath(), WHAT);
    return episode;
  }

  private void requireNotFuture(String field, LocalDate day) {
    if (day.isAfter(LocalDate.now(clock.withZone(ShaodianTime.ZONE)))) {
      throw Problem.invalid(field, Text.of("不能晚于今天", "today or earlier"));
    }
  }
}
