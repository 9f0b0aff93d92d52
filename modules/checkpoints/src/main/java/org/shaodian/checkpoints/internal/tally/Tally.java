package org.shaodian.checkpoints.internal.tally;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A count kept current in the transaction of every inspection it counts: the inspections of its day
 * and shift, and its series' totals up to and including them ({@link TallySeries}).
 */
@Entity
@Table(name = "checkpoints_tally")
public class Tally {

  @EmbeddedId private TallyKey key;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false)
  private int inspections;

  @Column(nullable = false)
  private int people;

  @Column(name = "inspections_to_date", nullable = false)
  private long inspectionsToDate;

  @Column(name = "people_to_date", nullable = false)
  private long peopleToDate;

  protected Tally() {}

  Tally(
      TallyKey key,
      String regionPath,
      int inspections,
      int people,
      long inspectionsToDate,
      long peopleToDate) {
    this.key = key;
    this.regionPath = regionPath;
    this.inspections = inspections;
    this.people = people;
    this.inspectionsToDate = inspectionsToDate;
    this.peopleToDate = peopleToDate;
  }

  public TallyKey key() {
    return key;
  }

  public String regionPath() {
    return regionPath;
  }

  public int inspections() {
    return inspections;
  }

  public int people() {
    return people;
  }
}
