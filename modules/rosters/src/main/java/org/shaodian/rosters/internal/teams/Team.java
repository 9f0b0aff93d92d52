package org.shaodian.rosters.internal.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameOrder;
import org.shaodian.rosters.api.TeamKind;

/**
 * A body that staffs the work: a temporary party branch, a work group, a task force. It belongs to
 * a region, whose commanders run it; its members are people who serve, each with a role.
 */
@Entity
@Table(name = "rosters_team")
public class Team {

  /** A team has at most this many members (Yinhu's largest branch had a few hundred). */
  static final int MAX_MEMBERS = 1000;

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TeamKind kind;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "name_key")
  private byte[] nameKey;

  /** What the team looks after ("enterprises and markets", "spring tea"). */
  @Column(length = 200)
  private String focus;

  @Column(name = "region_code", nullable = false, length = 15)
  private String regionCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  @Column(name = "formed_at", nullable = false)
  private Instant formedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Team() {}

  public static Team form(TeamKind kind, String name, String focus, Region region, Instant now) {
    Team team = new Team();
    team.id = UUID.randomUUID();
    team.active = true;
    team.formedAt = now;
    team.apply(kind, name, focus, region, now);
    return team;
  }

  /** Changes the team; the names of what changed, for the audit. */
  public Set<String> change(TeamKind kind, String name, String focus, Region region, Instant now) {
    requireActive();
    Set<String> changed = new TreeSet<>();
    if (this.kind != kind) {
      changed.add("kind");
    }
    if (!this.name.equals(name)) {
      changed.add("name");
    }
    if (!Objects.equals(this.focus, focus)) {
      changed.add("focus");
    }
    if (!regionCode.equals(region.code().value())) {
      changed.add("region");
    }
    apply(kind, name, focus, region, now);
    return changed;
  }

  /** Dissolves the team; its members stay in the register. */
  public void dissolve(Instant now) {
    requireActive();
    active = false;
    updatedAt = now;
  }

  /** Members join only an active team, and only up to {@link #MAX_MEMBERS}. */
  public void admit(long membersNow) {
    requireActive();
    if (membersNow >= MAX_MEMBERS) {
      throw Problem.conflict(
          Text.of(
              "队伍成员已达 " + MAX_MEMBERS + " 人上限",
              "The team has " + MAX_MEMBERS + " members, the most it may"));
    }
  }

  private void requireActive() {
    if (!active) {
      throw Problem.conflict(Text.of("该队伍已撤销", "This team is dissolved"));
    }
  }

  private void apply(TeamKind kind, String name, String focus, Region region, Instant now) {
    this.kind = kind;
    this.name = name;
    this.nameKey = NameOrder.key(name);
    this.focus = focus;
    this.regionCode = region.code().value();
    this.regionPath = region.path();
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public TeamKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public byte[] nameKey() {
    return nameKey.clone();
  }

  public String focus() {
    return focus;
  }

  public RegionCode region() {
    return RegionCode.of(regionCode);
  }

  public String regionPath() {
    return regionPath;
  }

  public boolean isActive() {
    return active;
  }

  public long version() {
    return version;
  }

  public Instant formedAt() {
    return formedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
