package org.shaodian.rosters.internal.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.shaodian.rosters.api.Shift;

/** One shift of a post's pattern, as stored. */
@Embeddable
public class PostShift {

  @Column(name = "shift_no", nullable = false)
  private int no;

  @Column(name = "start_hour", nullable = false)
  private int startHour;

  @Column(nullable = false)
  private int hours;

  protected PostShift() {}

  PostShift(Shift shift) {
    this.no = shift.no();
    this.startHour = shift.startHour();
    this.hours = shift.hours();
  }

  Shift shift() {
    return new Shift(no, startHour, hours);
  }
}
