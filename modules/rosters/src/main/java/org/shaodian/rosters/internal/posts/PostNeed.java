package org.shaodian.rosters.internal.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Set;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.Qualification;
import org.shaodian.rosters.internal.QualificationSet;

/** The seats of one duty in one shift of a post, as stored: one row per shift and duty. */
@Embeddable
public class PostNeed {

  @Column(name = "shift_no", nullable = false)
  private int shiftNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "duty_role", nullable = false, length = 20)
  private DutyRole role;

  @Column(nullable = false)
  private int headcount;

  /** All a holder needs, the duty's own qualifications included. */
  @Column(nullable = false, length = 200)
  private String qualifications = "";

  protected PostNeed() {}

  PostNeed(int shiftNo, DutyRole role, int headcount, Set<Qualification> qualifications) {
    this.shiftNo = shiftNo;
    this.role = role;
    this.headcount = headcount;
    this.qualifications = QualificationSet.join(qualifications);
  }

  int shiftNo() {
    return shiftNo;
  }

  DutyRole role() {
    return role;
  }

  int headcount() {
    return headcount;
  }

  Set<Qualification> qualifications() {
    return QualificationSet.split(qualifications);
  }
}
