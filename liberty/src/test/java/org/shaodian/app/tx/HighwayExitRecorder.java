package org.shaodian.app.tx;

import static org.junit.jupiter.api.Assertions.assertFalse;

import db.demo.rosters.V2__demo_posts_and_week;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.DutyService;
import org.shaodian.rosters.api.DutyView;
import org.shaodian.rosters.internal.duty.DutyRoster;
import org.shaodian.rosters.internal.duty.SeatAddress;

/**
 * Who records at the demo's highway exit (Shouchang), at which moment, on the seat of which duty
 * day and shift: the in-server tests of the checkpoint intake send their inspections as this
 * recorder (CheckpointsHandOverIT, InspectionPartitionsIT; add the class to the test archive).
 */
record HighwayExitRecorder(UUID checkpoint, UUID person, LocalDate day, int shift, Instant at) {

  private static final UUID HIGHWAY_POST = V2__demo_posts_and_week.HIGHWAY_POST;

  /** How long before it is recorded the tests' inspections were guided (their cars' times). */
  static final Duration GUIDED_BEFORE_RECORDED = Duration.ofSeconds(40);

  /** Runs work as Shouchang's checkpoint staff, as the tablet's requests run. */
  interface AsCheckpointStaff {
    <T> T run(Callable<T> work) throws Exception;
  }

  /**
   * The holder of a seat of the highway exit's post in the running shift (a recorder's, if one is
   * held), signed in: the demo signs in the duties begun before it started, five minutes after
   * their start; a later shift's holder is signed in here, as the staff would at the tablet.
   */
  static HighwayExitRecorder onDuty(
      UUID checkpoint, DutyService duties, DutyRoster roster, AsCheckpointStaff asCheckpointStaff)
      throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      Instant now = Instant.now();
      LocalDate today = LocalDate.ofInstant(now, ShaodianTime.ZONE);
      List<DutyView> held =
          asCheckpointStaff
              .run(() -> duties.postDuties(HIGHWAY_POST, today, today))
              .seats()
              .stream()
              .filter(s -> s.person() != null && s.signedOutAt() == null)
              .filter(s -> !s.start().toInstant().isAfter(now) && s.end().toInstant().isAfter(now))
              .sorted(
                  Comparator.comparing((DutyView s) -> s.role() != DutyRole.RECORDER)
                      .thenComparing(s -> s.role().name())
                      .thenComparingInt(DutyView::seat))
              .toList();
      assertFalse(held.isEmpty(), "the demo roster holds seats of the highway exit now");
      DutyView seat = held.get(0);
      Duration left = Duration.between(now, seat.end().toInstant());
      if (left.compareTo(Duration.ofMinutes(1)) < 0) {
        Thread.sleep(left.toMillis() + 2_000); // the next shift's seats, then
        continue;
      }
      Instant signedIn;
      if (seat.signedInAt() == null) {
        asCheckpointStaff.run(
            () ->
                roster.signIn(
                    HIGHWAY_POST,
                    new SeatAddress(seat.date(), seat.shift(), seat.role(), seat.seat()),
                    seat.person()));
        signedIn = Instant.now();
      } else {
        signedIn = seat.signedInAt().toInstant();
      }
      // the tests' inspections are guided 40 s before they are recorded: the recorder must have
      // been on duty since then (a seat signed in just now, at a shift's change, is not yet)
      Instant onDutyLongEnough = signedIn.plus(GUIDED_BEFORE_RECORDED).plusSeconds(1);
      if (onDutyLongEnough.isAfter(Instant.now())) {
        Thread.sleep(Duration.between(Instant.now(), onDutyLongEnough).toMillis() + 500);
      }
      return new HighwayExitRecorder(
          checkpoint, seat.person(), seat.date(), seat.shift(), Instant.now());
    }
    throw new AssertionError("no seat of the highway exit is held in the running shift");
  }
}
