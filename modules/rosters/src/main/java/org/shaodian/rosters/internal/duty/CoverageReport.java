package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.rosters.api.Coverage;
import org.shaodian.rosters.api.CoverageService;
import org.shaodian.rosters.api.SeatState;
import org.shaodian.rosters.api.Shift;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;
import org.shaodian.rosters.internal.posts.Post;

/**
 * Coverage: a region's seats against its duties, counted as of now — a no-show is a held seat
 * nobody signed in at 15 minutes after its start, computed at reading time, so no job can miss one.
 * Two queries: the region's open posts, and their duties of the days asked.
 */
@UnitOfWork
@ApplicationScoped
public class CoverageReport implements CoverageService {

  /** A region whose coverage is read at once has at most this many posts. */
  static final int MAX_POSTS = 2000;

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject Access access;

  @Inject Clock clock;

  @Override
  @RosterAccess(RosterPermission.ROSTER_READ)
  public Coverage onDay(RegionCode region, LocalDate date) {
    return coverage(region, date, List.of(date), (d, shift) -> true);
  }

  @Override
  @RosterAccess(RosterPermission.ROSTER_READ)
  public Coverage at(RegionCode region, Instant moment) {
    LocalDate day = moment.atZone(ShaodianTime.ZONE).toLocalDate();
    // a night shift of the day before may still be running
    return coverage(
        region,
        day,
        List.of(day.minusDays(1), day),
        (d, shift) -> !moment.isBefore(shift.startOn(d)) && moment.isBefore(shift.endOn(d)));
  }

  /** Which of a date's shifts count. */
  private interface ShiftFilter {
    boolean counts(LocalDate date, Shift shift);
  }

  private Coverage coverage(
      RegionCode regionCode, LocalDate date, List<LocalDate> days, ShiftFilter filter) {
    JurisdictionScope scope = access.scope(RosterPermission.ROSTER_READ, regionCode);
    List<Post> posts =
        KeysetQuery.of(em, Post.class, "p")
            .where("p.active = true")
            .within("p.regionPath", scope)
            .orderBy("p.regionPath", Post::regionPath)
            .orderBy("p.nameKey", Post::nameKey)
            .orderBy("p.id", Post::id)
            .list(MAX_POSTS);
    if (posts.size() > MAX_POSTS) {
      throw Problem.invalid(
          "region",
          Text.of(
              "点位超过 " + MAX_POSTS + " 个,请选择更小的区域",
              "more than " + MAX_POSTS + " posts; choose a smaller region"));
    }
    Map<String, Assignment> held = new HashMap<>();
    em.createQuery(
            "select a from Assignment a where a.regionPath >= :start and a.regionPath < :end"
                + " and a.date in :days",
            Assignment.class)
        .setParameter("start", scope.pathStart())
        .setParameter("end", scope.pathEnd())
        .setParameter("days", days)
        .getResultList()
        .forEach(a -> held.put(a.post() + "/" + a.seatKey(), a));
    Instant now = clock.instant();
    Coverage.Figures total = Coverage.Figures.NONE;
    List<Coverage.PostCoverage> lines = new ArrayList<>();
    for (Post post : posts) {
      Coverage.Figures postTotal = Coverage.Figures.NONE;
      List<Coverage.ShiftCoverage> shifts = new ArrayList<>();
      for (LocalDate day : days) {
        List<Seat> seats = post.seatsOn(day);
        for (Shift shift : post.pattern().shifts()) {
          if (!filter.counts(day, shift)) {
            continue;
          }
          Coverage.Figures figures = Coverage.Figures.NONE;
          for (Seat seat : seats) {
            if (seat.shift().no() == shift.no()) {
              figures = figures.plus(count(held.get(post.id() + "/" + seat.key()), now));
            }
          }
          shifts.add(
              new Coverage.ShiftCoverage(
                  day,
                  shift.no(),
                  shift.label(),
                  ShaodianTime.at(shift.startOn(day)),
                  ShaodianTime.at(shift.endOn(day)),
                  figures));
          postTotal = postTotal.plus(figures);
        }
      }
      lines.add(
          new Coverage.PostCoverage(
              post.id(), post.name(), post.kind(), post.region(), postTotal, shifts));
      total = total.plus(postTotal);
    }
    return new Coverage(
        scope.root().code(), scope.root().name(), date, ShaodianTime.at(now), total, lines);
  }

  private static Coverage.Figures count(Assignment duty, Instant now) {
    SeatState state = DutyViews.state(duty, now);
    return switch (state) {
      case OPEN -> new Coverage.Figures(1, 0, 1, 0, 0);
      case ASSIGNED -> new Coverage.Figures(1, 1, 0, 0, 0);
      case SIGNED_IN, SIGNED_OUT -> new Coverage.Figures(1, 1, 0, 1, 0);
      case NO_SHOW -> new Coverage.Figures(1, 1, 0, 0, 1);
    };
  }
}
