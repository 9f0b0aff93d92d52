package org.shaodian.rosters.internal.duty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One hour a person is on duty. Its key (person, hour) is the database's rule that nobody holds two
 * overlapping seats: shifts start on whole hours and last whole hours, so two duties overlap
 * exactly when they share an hour, and the second insert of that hour fails for every database.
 *
 * <p>An accepted roster holds over a hundred thousand of them, so they are written as rows ({@link
 * #TABLE}, {@link #COLUMNS}, {@link #row()}) rather than persisted one entity at a time; the
 * mapping serves the queries that delete them.
 */
@Entity
@Table(name = "rosters_duty_hour")
@IdClass(DutyHour.Key.class)
public class DutyHour {

  @Id
  @Column(name = "person_id")
  private UUID person;

  @Id
  @Column(name = "hour_start")
  private Instant hour;

  @Column(name = "assignment_id", nullable = false)
  private UUID assignment;

  static final String TABLE = "rosters_duty_hour";

  static final List<String> COLUMNS = List.of("person_id", "hour_start", "assignment_id");

  protected DutyHour() {}

  DutyHour(UUID person, Instant hour, UUID assignment) {
    this.person = person;
    this.hour = hour;
    this.assignment = assignment;
  }

  /** The values of {@link #COLUMNS}. */
  List<Object> row() {
    return List.of(person, hour, assignment);
  }

  /** The key: a person and an hour. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private UUID person;
    private Instant hour;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(person, key.person)
          && Objects.equals(hour, key.hour);
    }

    @Override
    public int hashCode() {
      return Objects.hash(person, hour);
    }
  }
}
