package org.shaodian.rosters.internal.teams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.TeamKind;
import org.shaodian.rosters.api.TeamRole;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;
import org.shaodian.rosters.internal.people.Person;

/**
 * Teams and their members. Each method is one transaction; a write loads the team, checks the
 * jurisdiction against what it loaded, changes it through the entity and audits.
 */
@UnitOfWork
@ApplicationScoped
public class TeamRegister {

  public static final Text TEAM = Text.of("队伍", "Team");
  static final Text PERSON = Text.of("人员", "Person");
  static final Text MEMBER = Text.of("队伍成员", "Team member");

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @RosterAccess(RosterPermission.ROSTER_READ)
  public Page<TeamView> list(RegionCode region, TeamKind kind, Boolean active, PageRequest page) {
    JurisdictionScope scope = access.scope(RosterPermission.ROSTER_READ, region);
    KeysetQuery<Team> teams =
        KeysetQuery.of(em, Team.class, "t")
            .where("t.active = :active", "active", active == null || active)
            .within("t.regionPath", scope);
    if (kind != null) {
      teams.where("t.kind = :kind", "kind", kind);
    }
    Page<Team> found =
        teams
            .orderBy("t.regionPath", Team::regionPath)
            .orderBy("t.nameKey", Team::nameKey)
            .orderBy("t.id", Team::id)
            .fetch(page);
    return found.mapAll(this::views);
  }

  @RosterAccess(RosterPermission.ROSTER_READ)
  public TeamView get(UUID id) {
    return views(List.of(find(id, RosterPermission.ROSTER_READ))).get(0);
  }

  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public TeamView form(TeamForm form) {
    Region region = access.require(RosterPermission.ROSTER_WRITE, form.regionCode());
    Team team =
        Team.form(form.kind(), form.trimmedName(), form.trimmedFocus(), region, clock.instant());
    em.persist(team);
    em.flush();
    audit.record(
        AuditEvent.of(TeamsAudit.FORMED, TeamsAudit.TEAM, team.id().toString(), region.path())
            .withSummary("kind=" + team.kind() + " region=" + region.code()));
    return views(List.of(team)).get(0);
  }

  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public TeamView change(UUID id, long expectedVersion, TeamForm form) {
    Team team = find(id, RosterPermission.ROSTER_WRITE);
    Versions.require(expectedVersion, team.version());
    Region region = access.require(RosterPermission.ROSTER_WRITE, form.regionCode());
    String before = team.regionPath();
    var changed =
        team.change(form.kind(), form.trimmedName(), form.trimmedFocus(), region, clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(TeamsAudit.CHANGED, TeamsAudit.TEAM, id.toString(), before)
            .withSummary("changed=" + changed));
    return views(List.of(team)).get(0);
  }

  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public TeamView dissolve(UUID id, long expectedVersion) {
    Team team = find(id, RosterPermission.ROSTER_WRITE);
    Versions.require(expectedVersion, team.version());
    team.dissolve(clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(TeamsAudit.DISSOLVED, TeamsAudit.TEAM, id.toString(), team.regionPath()));
    return views(List.of(team)).get(0);
  }

  @RosterAccess(RosterPermission.ROSTER_READ)
  public List<TeamMemberView> members(UUID id) {
    Team team = find(id, RosterPermission.ROSTER_READ);
    return em
        .createQuery(
            "select m, p from TeamMember m, Person p where m.person = p.id and m.team = :team"
                + " order by p.nameKey, p.id",
            Object[].class)
        .setParameter("team", team.id())
        .getResultList()
        .stream()
        .map(row -> memberView((TeamMember) row[0], (Person) row[1]))
        .toList();
  }

  /**
   * Admits a person to the team with a role, or changes the role of a member; true when admitted.
   * The person must be in the caller's jurisdiction (404 alike otherwise).
   */
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public Membership setMember(UUID teamId, UUID personId, TeamRole role) {
    Team team = find(teamId, RosterPermission.ROSTER_WRITE);
    Person person = em.find(Person.class, personId);
    access.requireWithin(
        RosterPermission.ROSTER_WRITE, person == null ? null : person.regionPath(), PERSON);
    TeamMember member = em.find(TeamMember.class, new TeamMember.Key(teamId, personId));
    boolean admitted = member == null;
    if (admitted) {
      team.admit(memberCount(teamId));
      member = new TeamMember(teamId, personId, role, clock.instant());
      em.persist(member);
    } else if (member.role() != role) {
      member.changeRole(role);
    } else {
      return new Membership(memberView(member, person), false);
    }
    em.flush();
    audit.record(
        AuditEvent.of(
                admitted ? TeamsAudit.MEMBER_ADMITTED : TeamsAudit.MEMBER_ROLE_CHANGED,
                TeamsAudit.TEAM,
                teamId.toString(),
                team.regionPath())
            .withSummary("person=" + personId + " role=" + role));
    return new Membership(memberView(member, person), admitted);
  }

  @RosterAccess(RosterPermission.ROSTER_WRITE)
  public void removeMember(UUID teamId, UUID personId) {
    Team team = find(teamId, RosterPermission.ROSTER_WRITE);
    TeamMember member = em.find(TeamMember.class, new TeamMember.Key(teamId, personId));
    if (member == null) {
      throw Problem.notFound(MEMBER);
    }
    em.remove(member);
    em.flush();
    audit.record(
        AuditEvent.of(
                TeamsAudit.MEMBER_REMOVED, TeamsAudit.TEAM, teamId.toString(), team.regionPath())
            .withSummary("person=" + personId));
  }

  /** A member's view, and whether the call admitted them (201) or changed or kept them (200). */
  public record Membership(TeamMemberView member, boolean admitted) {}

  /** A team the caller may act on: 404 alike for one that does not exist or lies outside. */
  Team find(UUID id, RosterPermission permission) {
    Team team = em.find(Team.class, id);
    access.requireWithin(permission, team == null ? null : team.regionPath(), TEAM);
    return team;
  }

  private long memberCount(UUID teamId) {
    return em.createQuery("select count(m) from TeamMember m where m.team = :team", Long.class)
        .setParameter("team", teamId)
        .getSingleResult();
  }

  private List<TeamView> views(List<Team> teams) {
    if (teams.isEmpty()) {
      return List.of();
    }
    Map<UUID, Long> counts = new HashMap<>();
    em.createQuery(
            "select m.team, count(m) from TeamMember m where m.team in :ids group by m.team",
            Object[].class)
        .setParameter("ids", teams.stream().map(Team::id).toList())
        .getResultList()
        .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
    Map<RegionCode, Region> names =
        regions.findAll(teams.stream().map(Team::region).collect(Collectors.toSet()));
    return teams.stream()
        .map(
            team -> {
              Region region = names.get(team.region());
              return new TeamView(
                  team.id(),
                  team.kind(),
                  team.name(),
                  team.focus(),
                  team.region(),
                  region == null ? team.region().value() : region.name(),
                  counts.getOrDefault(team.id(), 0L),
                  team.isActive(),
                  team.version(),
                  ShaodianTime.at(team.formedAt()),
                  ShaodianTime.at(team.updatedAt()));
            })
        .toList();
  }

  private static TeamMemberView memberView(TeamMember member, Person person) {
    return new TeamMemberView(
        person.id(),
        person.name(),
        person.affiliation(),
        member.role(),
        ShaodianTime.at(member.joinedAt()));
  }
}
