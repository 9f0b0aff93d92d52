package org.shaodian.rosters.internal.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.text.TextRules;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.PostDetails;
import org.shaodian.rosters.api.PostQuery;
import org.shaodian.rosters.api.PostService;
import org.shaodian.rosters.api.PostView;
import org.shaodian.rosters.api.Shift;
import org.shaodian.rosters.api.StaffingNeed;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;
import org.shaodian.rosters.internal.duty.Assignment;
import org.shaodian.rosters.internal.duty.Assignments;
import org.shaodian.rosters.internal.teams.Team;
import org.shaodian.rosters.internal.teams.TeamRegister;

/**
 * The posts: opened, changed and closed by the command office over REST, and by other modules
 * through {@link PostService} inside their own transaction.
 */
@UnitOfWork
@ApplicationScoped
public class PostRegister implements PostService {

  public static final Text POST = Text.of("点位", "Post");

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject Assignments assignments;

  @Override
  @RosterAccess(RosterPermission.ROSTER_READ)
  public Page<PostView> list(PostQuery query, PageRequest page) {
    JurisdictionScope scope = access.scope(RosterPermission.ROSTER_READ, query.region());
    KeysetQuery<Post> posts =
        KeysetQuery.of(em, Post.class, "p")
            .where("p.active = :active", "active", query.active() == null || query.active())
            .within("p.regionPath", scope);
    if (query.kind() != null) {
      posts.where("p.kind = :kind", "kind", query.kind());
    }
    Page<Post> found =
        posts
            .orderBy("p.regionPath", Post::regionPath)
            .orderBy("p.nameKey", Post::nameKey)
            .orderBy("p.id", Post::id)
            .fetch(page);
    return found.mapAll(this::views);
  }

  @Override
  @RosterAccess(RosterPermission.ROSTER_READ)
  public PostView get(UUID id) {
    return views(List.of(find(id, RosterPermission.ROSTER_READ))).get(0);
  }

  @Override
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public PostView open(PostDetails details) {
    Region region = access.require(RosterPermission.ROSTER_WRITE, details.region());
    requireTeam(details.team());
    Post post = Post.open(details, region, clock.instant());
    em.persist(post);
    em.flush();
    audit.record(
        AuditEvent.of(PostsAudit.OPENED, PostsAudit.POST, post.id().toString(), region.path())
            .withSummary(
                "kind="
                    + post.kind()
                    + " region="
                    + region.code()
                    + " seatsPerDay="
                    + post.seatsPerDay()));
    return views(List.of(post)).get(0);
  }

  @Override
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public PostView change(UUID id, long expectedVersion, PostDetails details) {
    Post post = find(id, RosterPermission.ROSTER_WRITE);
    Versions.require(expectedVersion, post.version());
    Region region = access.require(RosterPermission.ROSTER_WRITE, details.region());
    requireTeam(details.team());
    String before = post.regionPath();
    Instant now = clock.instant();
    Set<String> changed = post.change(details, region, now);
    List<Assignment> misfits = misfits(post, now);
    if (!misfits.isEmpty()) {
      throw Problem.conflict(
          Text.of(
              misfits.size() + " 个尚未开始的值守与新的班次或需求不符,请先释放",
              misfits.size()
                  + " duties still to come no longer fit the new shifts or needs; release them"
                  + " first"));
    }
    em.flush();
    audit.record(
        AuditEvent.of(PostsAudit.CHANGED, PostsAudit.POST, id.toString(), before)
            .withSummary("changed=" + changed));
    return views(List.of(post)).get(0);
  }

  @Override
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public PostView rename(UUID id, String name) {
    Post post = find(id, RosterPermission.ROSTER_WRITE);
    String before = post.name();
    if (post.rename(TextRules.requireName("name", name, 100), clock.instant())) {
      em.flush();
      audit.record(
          AuditEvent.of(PostsAudit.CHANGED, PostsAudit.POST, id.toString(), post.regionPath())
              .withSummary("changed=[name] was=" + before));
    }
    return views(List.of(post)).get(0);
  }

  @Override
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public PostView close(UUID id, long expectedVersion) {
    Post post = find(id, RosterPermission.ROSTER_WRITE);
    Versions.require(expectedVersion, post.version());
    Instant now = clock.instant();
    post.close(now);
    List<Assignment> released = assignments.upcomingOf(id, now);
    assignments.release(released);
    em.flush();
    audit.record(
        AuditEvent.of(PostsAudit.CLOSED, PostsAudit.POST, id.toString(), post.regionPath())
            .withSummary("released=" + released.size()));
    return views(List.of(post)).get(0);
  }

  /** A post the caller may act on: 404 alike for one that does not exist or lies outside. */
  public Post find(UUID id, RosterPermission permission) {
    Post post = em.find(Post.class, id);
    access.requireWithin(permission, post == null ? null : post.regionPath(), POST);
    return post;
  }

  /** The team that staffs a post must exist in the caller's jurisdiction and be active. */
  private void requireTeam(UUID teamId) {
    if (teamId == null) {
      return;
    }
    Team team = em.find(Team.class, teamId);
    access.requireWithin(
        RosterPermission.ROSTER_WRITE, team == null ? null : team.regionPath(), TeamRegister.TEAM);
    if (!team.isActive()) {
      throw Problem.invalid("team", Text.of("该队伍已撤销", "the team is dissolved"));
    }
  }

  /** Duties still to come whose seat the changed post no longer has, at the same hours. */
  private List<Assignment> misfits(Post post, Instant now) {
    List<Assignment> misfits = new ArrayList<>();
    for (Assignment duty : assignments.upcomingOf(post.id(), now)) {
      try {
        var seat = post.seat(duty.date(), duty.shiftNo(), duty.role(), duty.seatNo());
        if (!seat.start().equals(duty.start()) || !seat.end().equals(duty.end())) {
          misfits.add(duty);
        }
      } catch (Problem gone) {
        misfits.add(duty);
      }
    }
    return misfits;
  }

  /** Views of posts, with their region names in one look-up. */
  public List<PostView> views(List<Post> posts) {
    if (posts.isEmpty()) {
      return List.of();
    }
    Map<RegionCode, Region> names =
        regions.findAll(posts.stream().map(Post::region).collect(Collectors.toSet()));
    return posts.stream().map(post -> view(post, names.get(post.region()))).toList();
  }

  private static PostView view(Post post, Region region) {
    List<PostView.ShiftView> shifts = new ArrayList<>();
    for (Shift shift : post.pattern().shifts()) {
      List<PostView.NeedView> needs = new ArrayList<>();
      for (StaffingNeed need : post.requirementFor(shift.no())) {
        needs.add(
            new PostView.NeedView(
                need.role(), need.headcount(), Post.sorted(need.qualifications())));
      }
      shifts.add(
          new PostView.ShiftView(
              shift.no(), shift.startHour(), shift.hours(), shift.label(), shift.isNight(), needs));
    }
    return new PostView(
        post.id(),
        post.name(),
        post.kind(),
        post.region(),
        region == null ? post.region().value() : region.name(),
        post.team(),
        shifts,
        post.seatsPerDay(),
        post.isActive(),
        post.version(),
        ShaodianTime.at(post.openedAt()),
        ShaodianTime.at(post.updatedAt()));
  }
}
