package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.Shift;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;
import org.shaodian.rosters.internal.posts.Post;
import org.shaodian.rosters.internal.posts.PostRegister;

/**
 * Handovers between shifts: the outgoing shift's leader writes the note, the incoming shift's
 * leader acknowledges it. Leaders are the people holding a point-leader or group-leader seat of
 * that shift.
 */
@UnitOfWork
@ApplicationScoped
public class HandoverBook {

  static final Text HANDOVER = Text.of("交接班记录", "Handover");

  /** The note can be written from an hour before the shift ends … */
  static final Duration OPENS_BEFORE_END = Duration.ofHours(1);

  /** … until twelve hours after. */
  static final Duration CLOSES_AFTER_END = Duration.ofHours(12);

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject PostRegister posts;

  @Inject DutyViews views;

  @RosterAccess(RosterPermission.ROSTER_READ)
  public List<HandoverView> of(UUID postId, LocalDate date) {
    posts.find(postId, RosterPermission.ROSTER_READ);
    return views(
        em.createQuery(
                "select h from Handover h where h.post = :post and h.date = :date"
                    + " order by h.shiftNo",
                Handover.class)
            .setParameter("post", postId)
            .setParameter("date", date)
            .getResultList());
  }

  @RosterAccess(RosterPermission.DUTY_RECORD)
  public HandoverView write(UUID postId, HandoverForm form) {
    Post post = posts.find(postId, RosterPermission.DUTY_RECORD);
    Shift shift =
        post.pattern()
            .shift(form.shift())
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "shift",
                        Text.of(
                            "该点位没有班次 " + form.shift(), "the post has no shift " + form.shift())));
    Instant now = clock.instant();
    Instant end = shift.endOn(form.date());
    if (now.isBefore(end.minus(OPENS_BEFORE_END)) || now.isAfter(end.plus(CLOSES_AFTER_END))) {
      throw Problem.conflict(
          Text.of(
              "交接记录在班次结束前 1 小时至结束后 12 小时内填写",
              "A handover is written from an hour before the shift ends until 12 hours after"));
    }
    requireLeader(post, form.date(), shift.no(), form.writtenBy(), "writtenBy");
    Handover handover =
        Handover.write(
            post.id(),
            post.regionPath(),
            form.date(),
            shift.no(),
            form.writtenBy(),
            form.note().strip(),
            now);
    em.persist(handover);
    em.flush();
    audit.record(
        AuditEvent.of(
                DutyAudit.WRITTEN, DutyAudit.HANDOVER, handover.id().toString(), post.regionPath())
            .withSummary("post=" + postId + " date=" + form.date() + " shift=" + shift.no()));
    return views(List.of(handover)).get(0);
  }

  /** The incoming shift's leader acknowledges the note. */
  @RosterAccess(RosterPermission.DUTY_RECORD)
  public HandoverView acknowledge(UUID postId, UUID handoverId, UUID leader) {
    Post post = posts.find(postId, RosterPermission.DUTY_RECORD);
    Handover handover = em.find(Handover.class, handoverId);
    if (handover == null || !handover.post().equals(postId)) {
      throw Problem.notFound(HANDOVER);
    }
    Shift outgoing =
        post.pattern()
            .shift(handover.shiftNo())
            .orElseThrow(() -> Problem.conflict(Text.of("该班次已不存在", "The shift no longer exists")));
    Shift incoming = post.pattern().next(outgoing);
    LocalDate incomingDate =
        incoming.no() > outgoing.no() ? handover.date() : handover.date().plusDays(1);
    requireLeader(post, incomingDate, incoming.no(), leader, "person");
    handover.acknowledge(leader, clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(
                DutyAudit.ACKNOWLEDGED,
                DutyAudit.HANDOVER,
                handoverId.toString(),
                post.regionPath())
            .withSummary("post=" + postId));
    return views(List.of(handover)).get(0);
  }

  /** The person must hold a leader seat of the post's shift on that date: 409 otherwise. */
  private void requireLeader(Post post, LocalDate date, int shiftNo, UUID person, String field) {
    long held =
        em.createQuery(
                "select count(a) from Assignment a where a.post = :post and a.date = :date"
                    + " and a.shiftNo = :shift and a.person = :person and a.role in :leaders",
                Long.class)
            .setParameter("post", post.id())
            .setParameter("date", date)
            .setParameter("shift", shiftNo)
            .setParameter("person", person)
            .setParameter("leaders", List.of(DutyRole.POINT_LEADER, DutyRole.GROUP_LEADER))
            .getSingleResult();
    if (held == 0) {
      throw Problem.conflict(
          Text.of(
              field + ":该人员不是该班次的点长或组长",
              field + ": the person is not the point or group leader of that shift"));
    }
  }

  private List<HandoverView> views(List<Handover> handovers) {
    List<UUID> people = new ArrayList<>();
    handovers.forEach(
        h -> {
          people.add(h.writtenBy());
          if (h.acknowledgedBy() != null) {
            people.add(h.acknowledgedBy());
          }
        });
    Map<UUID, String> names = views.names(people);
    return handovers.stream()
        .map(
            h ->
                new HandoverView(
                    h.id(),
                    h.post(),
                    h.date(),
                    h.shiftNo(),
                    h.note(),
                    h.writtenBy(),
                    names.get(h.writtenBy()),
                    ShaodianTime.at(h.writtenAt()),
                    h.acknowledgedBy() != null,
                    h.acknowledgedBy(),
                    h.acknowledgedBy() == null ? null : names.get(h.acknowledgedBy()),
                    ShaodianTime.at(h.acknowledgedAt())))
        .toList();
  }
}
