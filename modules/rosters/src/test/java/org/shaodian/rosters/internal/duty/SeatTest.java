package org.shaodian.rosters.internal.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.rosters.api.AbsenceReason;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.AssignedVia;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.PersonDetails;
import org.shaodian.rosters.api.Qualification;
import org.shaodian.rosters.api.SeatState;
import org.shaodian.rosters.api.ShiftPattern;
import org.shaodian.rosters.internal.people.Person;

class SeatTest {

  static final Region XIHU =
      new Region(
          RegionCode.of("330182107201"),
          "西湖村",
          "Xihu",
          RegionLevel.VILLAGE,
          RegionCode.of("330182107000"),
          "/330100/330182/330182107000/330182107201/");
  static final Instant BEFORE = Instant.parse("2026-11-28T00:00:00Z");
  static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  static final Seat SWABS =
      new Seat(
          UUID.randomUUID(),
          XIHU.path(),
          DAY,
          ShiftPattern.THREE_EIGHTS.shift(2).orElseThrow(),
          DutyRole.SWAB_TAKER,
          1,
          Set.of(Qualification.SWAB_SAMPLING));

  static Person person(Qualification... qualifications) {
    return Person.register(
        new PersonDetails(
            "陈晓燕", null, Affiliation.MEDICAL, false, Set.of(qualifications), XIHU.code()),
        XIHU,
        BEFORE);
  }

  @Test
  void aQualifiedPersonWhoIsNotAwayGetsTheSeatWithItsHours() {
    Person medic = person(Qualification.SWAB_SAMPLING);
    Assignment duty = SWABS.assign(medic, List.of(), AssignedVia.HAND, BEFORE);
    assertThat(duty.person()).isEqualTo(medic.id());
    assertThat(duty.hours()).hasSize(8);
    assertThat(duty.start()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
  }

  @Test
  void anUnqualifiedPersonIsRefusedNamingWhatTheyLack() {
    Problem refused =
        catchThrowableOfType(
            Problem.class, () -> SWABS.assign(person(), List.of(), AssignedVia.HAND, BEFORE));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.detail().en()).contains("swab sampling");
  }

  @Test
  void aPersonAwayDuringTheShiftIsRefused() {
    Person medic = person(Qualification.SWAB_SAMPLING);
    Absence away =
        Absence.record(
            medic.id(),
            XIHU.path(),
            SWABS.start().plus(Duration.ofHours(7)),
            SWABS.end().plus(Duration.ofDays(2)),
            AbsenceReason.QUARANTINED,
            null,
            BEFORE);
    Problem refused =
        catchThrowableOfType(
            Problem.class, () -> SWABS.assign(medic, List.of(away), AssignedVia.HAND, BEFORE));
    assertThat(refused.status()).isEqualTo(409);
    Absence later =
        Absence.record(
            medic.id(),
            XIHU.path(),
            SWABS.end(),
            SWABS.end().plusSeconds(3600),
            AbsenceReason.LEAVE,
            null,
            BEFORE);
    assertThat(later.overlaps(SWABS.start(), SWABS.end())).isFalse();
  }

  @Test
  void anInactivePersonIsRefused() {
    Person medic = person(Qualification.SWAB_SAMPLING);
    medic.deactivate(BEFORE);
    assertThat(
            catchThrowableOfType(
                    Problem.class, () -> SWABS.assign(medic, List.of(), AssignedVia.HAND, BEFORE))
                .status())
        .isEqualTo(409);
  }

  @Test
  void signInOpensAnHourBeforeAndANoShowIsFifteenMinutesLate() {
    Person medic = person(Qualification.SWAB_SAMPLING);
    Assignment duty = SWABS.assign(medic, List.of(), AssignedVia.HAND, BEFORE);
    Instant start = SWABS.start();
    assertThat(DutyViews.state(duty, start.plus(Duration.ofMinutes(14))))
        .isEqualTo(SeatState.ASSIGNED);
    assertThat(DutyViews.state(duty, start.plus(Duration.ofMinutes(15))))
        .isEqualTo(SeatState.NO_SHOW);
    assertThat(
            catchThrowableOfType(
                    Problem.class,
                    () -> duty.signIn(medic.id(), start.minus(Duration.ofMinutes(61))))
                .status())
        .isEqualTo(409);
    assertThat(
            catchThrowableOfType(Problem.class, () -> duty.signIn(UUID.randomUUID(), start))
                .status())
        .isEqualTo(409);
    assertThat(catchThrowableOfType(Problem.class, () -> duty.signOut(medic.id(), start)).status())
        .isEqualTo(409);
    duty.signIn(medic.id(), start.plus(Duration.ofMinutes(20)));
    assertThat(DutyViews.state(duty, start.plus(Duration.ofHours(1))))
        .isEqualTo(SeatState.SIGNED_IN);
    assertThat(catchThrowableOfType(Problem.class, () -> duty.signIn(medic.id(), start)).status())
        .isEqualTo(409);
    duty.signOut(medic.id(), SWABS.end());
    assertThat(DutyViews.state(duty, SWABS.end())).isEqualTo(SeatState.SIGNED_OUT);
  }

  @Test
  void anAbsenceEndsAfterItStartsAndLastsAtMostAQuarter() {
    Instant from = Instant.parse("2026-12-01T00:00:00Z");
    assertThat(
            catchThrowableOfType(
                    Problem.class,
                    () ->
                        Absence.record(
                            UUID.randomUUID(),
                            XIHU.path(),
                            from,
                            from,
                            AbsenceReason.LEAVE,
                            null,
                            BEFORE))
                .fieldErrors()
                .get(0)
                .field())
        .isEqualTo("until");
    assertThat(
            catchThrowableOfType(
                    Problem.class,
                    () ->
                        Absence.record(
                            UUID.randomUUID(),
                            XIHU.path(),
                            from,
                            from.plus(Duration.ofDays(93)),
                            AbsenceReason.LEAVE,
                            null,
                            BEFORE))
                .status())
        .isEqualTo(400);
  }
}
