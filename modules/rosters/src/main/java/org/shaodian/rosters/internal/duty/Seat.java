package org.shaodian.rosters.internal.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.rosters.api.AssignedVia;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.Qualification;
import org.shaodian.rosters.api.Shift;
import org.shaodian.rosters.internal.people.Person;

/**
 * A seat: post × date × shift × duty × number, what its holder must be qualified for, and when the
 * duty runs. Seats come from a post's pattern and needs ({@code Post.seat}); a seat is taken when
 * an {@link Assignment} holds it.
 */
public record Seat(
    UUID postId,
    String regionPath,
    LocalDate date,
    Shift shift,
    DutyRole role,
    int seatNo,
    Set<Qualification> required) {

  public Seat {
    required = required.isEmpty() ? Set.of() : Set.copyOf(required);
  }

  public Instant start() {
    return shift.startOn(date);
  }

  public Instant end() {
    return shift.endOn(date);
  }

  /**
   * Gives the seat to a person: they must be on duty, qualified, and not away during the shift
   * ({@code absences} are theirs that overlap it). A 409 saying which rule fails otherwise. That
   * nobody else holds the seat and that the person holds no overlapping seat are the database's to
   * say (one winner under concurrency).
   */
  public Assignment assign(Person person, List<Absence> absences, AssignedVia via, Instant now) {
    if (!person.isActive()) {
      throw Problem.conflict(Text.of("该人员已停用", "This person is inactive"));
    }
    Set<Qualification> missing = missingQualifications(person.qualifications());
    if (!missing.isEmpty()) {
      throw Problem.conflict(
          Text.of(
              "该人员缺少资质:" + labels(missing, true),
              "The person lacks a qualification the seat needs: " + labels(missing, false)));
    }
    for (Absence absence : absences) {
      if (absence.overlaps(start(), end())) {
        throw Problem.conflict(
            Text.of(
                "该人员在此班次期间不可值守(" + absence.reason().label().zh() + ")",
                "The person is unavailable during this shift ("
                    + absence.reason().label().en()
                    + ")"));
      }
    }
    return Assignment.of(this, person.id(), via, now);
  }

  /** The seat's qualifications the person lacks. */
  public Set<Qualification> missingQualifications(Set<Qualification> held) {
    Set<Qualification> missing = EnumSet.noneOf(Qualification.class);
    missing.addAll(required);
    missing.removeAll(held);
    return missing;
  }

  /** The seat as its address reads: 2026-11-30/2/INSPECTOR/1. */
  public String key() {
    return date + "/" + shift.no() + "/" + role + "/" + seatNo;
  }

  /** The seat as people say it: 12月1日 08:00–16:00 查验员 2 号 / 1 Dec 08:00–16:00 inspector no. 2. */
  public Text label() {
    return Text.of(
        date.getMonthValue()
            + "月"
            + date.getDayOfMonth()
            + "日 "
            + shift.label()
            + " "
            + role.label().zh()
            + " "
            + seatNo
            + " 号",
        date.getDayOfMonth()
            + " "
            + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
            + " "
            + shift.label()
            + " "
            + role.label().en()
            + " no. "
            + seatNo);
  }

  private static String labels(Set<Qualification> qualifications, boolean chinese) {
    return String.join(
        chinese ? "、" : ", ",
        qualifications.stream().map(q -> chinese ? q.label().zh() : q.label().en()).toList());
  }
}
