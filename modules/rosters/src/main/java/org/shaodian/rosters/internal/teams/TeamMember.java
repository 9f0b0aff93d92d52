package org.shaodian.rosters.internal.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.shaodian.rosters.api.TeamRole;

/** A person's membership of a team, with their role in it; one per team and person. */
@Entity
@Table(name = "rosters_team_member")
@IdClass(TeamMember.Key.class)
public class TeamMember {

  @Id
  @Column(name = "team_id")
  private UUID team;

  @Id
  @Column(name = "person_id")
  private UUID person;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TeamRole role;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  protected TeamMember() {}

  TeamMember(UUID team, UUID person, TeamRole role, Instant now) {
    this.team = team;
    this.person = person;
    this.role = role;
    this.joinedAt = now;
  }

  void changeRole(TeamRole role) {
    this.role = role;
  }

  public UUID team() {
    return team;
  }

  public UUID person() {
    return person;
  }

  public TeamRole role() {
    return role;
  }

  public Instant joinedAt() {
    return joinedAt;
  }

  /** The key: a team and a person. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private UUID team;
    private UUID person;

    public Key() {}

    public Key(UUID team, UUID person) {
      this.team = team;
      this.person = person;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(team, key.team)
          && Objects.equals(person, key.person);
    }

    @Override
    public int hashCode() {
      return Objects.hash(team, person);
    }
  }
}
