package org.shaodian.rosters.api;

import java.util.EnumSet;
import java.util.Set;
import org.shaodian.kernel.api.i18n.Text;

/**
 * A seat's duty at a post. Some duties imply a qualification whatever the post asks for: a swab
 * taker must be able to take swabs, a leader must be able to lead a shift.
 */
public enum DutyRole {
  POINT_LEADER(Text.of("点长", "point leader"), EnumSet.of(Qualification.SHIFT_LEADERSHIP)),
  GROUP_LEADER(Text.of("组长", "group leader"), EnumSet.of(Qualification.SHIFT_LEADERSHIP)),
  RECORDER(Text.of("录入员", "recorder"), EnumSet.noneOf(Qualification.class)),
  GUIDE(Text.of("引导员", "guide"), EnumSet.noneOf(Qualification.class)),
  INSPECTOR(Text.of("查验员", "inspector"), EnumSet.noneOf(Qualification.class)),
  SWAB_TAKER(Text.of("采样员", "swab taker"), EnumSet.of(Qualification.SWAB_SAMPLING)),
  VOLUNTEER(Text.of("志愿者", "volunteer"), EnumSet.noneOf(Qualification.class));

  private final Text label;
  private final Set<Qualification> implied;

  DutyRole(Text label, Set<Qualification> implied) {
    this.label = label;
    this.implied = implied;
  }

  public Text label() {
    return label;
  }

  /** The qualifications every holder of this duty needs, at any post. */
  public Set<Qualification> impliedQualifications() {
    return EnumSet.copyOf(implied.isEmpty() ? EnumSet.noneOf(Qualification.class) : implied);
  }

  /** Whether the duty leads a shift: the one who writes or acknowledges the handover. */
  public boolean leadsShift() {
    return this == POINT_LEADER || this == GROUP_LEADER;
  }
}
