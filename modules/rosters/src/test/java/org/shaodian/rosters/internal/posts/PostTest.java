package org.shaodian.rosters.internal.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.PostDetails;
import org.shaodian.rosters.api.PostKind;
import org.shaodian.rosters.api.Qualification;
import org.shaodian.rosters.api.ShiftPattern;
import org.shaodian.rosters.api.StaffingNeed;
import org.shaodian.rosters.internal.duty.Seat;

class PostTest {

  static final Region SHOUCHANG =
      new Region(
          RegionCode.of("330182107000"),
          "寿昌镇",
          "Shouchang",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182107000/");
  static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");
  static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  static Post highwayExit() {
    return Post.open(
        new PostDetails(
            "杭千高速寿昌出口卡口",
            PostKind.CHECKPOINT,
            SHOUCHANG.code(),
            null,
            ShiftPattern.THREE_EIGHTS,
            List.of(
                StaffingNeed.of(DutyRole.POINT_LEADER, 1),
                StaffingNeed.of(DutyRole.INSPECTOR, 2),
                new StaffingNeed(DutyRole.SWAB_TAKER, 1, Set.of(), Set.of(2, 3)))),
        SHOUCHANG,
        NOW);
  }

  @Test
  void requirementsComePerShift() {
    Post post = highwayExit();
    assertThat(post.requirementFor(1))
        .extracting(StaffingNeed::role)
        .containsExactly(DutyRole.POINT_LEADER, DutyRole.INSPECTOR);
    assertThat(post.requirementFor(2))
        .extracting(StaffingNeed::role)
        .containsExactly(DutyRole.POINT_LEADER, DutyRole.INSPECTOR, DutyRole.SWAB_TAKER);
    assertThat(post.seatsPerDay()).isEqualTo(3 + 4 + 4);
    assertThat(post.seatsOn(DAY)).hasSize(11);
  }

  @Test
  void aSeatExistsOnlyWhereThePatternAndNeedsSaySo() {
    Post post = highwayExit();
    Seat seat = post.seat(DAY, 2, DutyRole.SWAB_TAKER, 1);
    assertThat(seat.required()).containsExactly(Qualification.SWAB_SAMPLING);
    assertThat(seat.start()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    assertThat(seat.key()).isEqualTo("2026-11-30/2/SWAB_TAKER/1");
    assertThat(refused(() -> post.seat(DAY, 4, DutyRole.INSPECTOR, 1))).isEqualTo("shift");
    assertThat(refused(() -> post.seat(DAY, 1, DutyRole.SWAB_TAKER, 1))).isEqualTo("role");
    assertThat(refused(() -> post.seat(DAY, 1, DutyRole.INSPECTOR, 3))).isEqualTo("seat");
    assertThat(refused(() -> post.seat(DAY, 1, DutyRole.INSPECTOR, 0))).isEqualTo("seat");
  }

  @Test
  void needsAreCheckedAgainstThePattern() {
    assertThat(
            refused(
                () ->
                    Post.expand(
                        List.of(new StaffingNeed(DutyRole.GUIDE, 1, Set.of(), Set.of(3))),
                        ShiftPattern.TWO_TWELVES)))
        .isEqualTo("needs");
    assertThat(
            refused(
                () ->
                    Post.expand(
                        List.of(
                            StaffingNeed.of(DutyRole.GUIDE, 1), StaffingNeed.of(DutyRole.GUIDE, 2)),
                        ShiftPattern.TWO_TWELVES)))
        .isEqualTo("needs");
    assertThat(
            refused(
                () ->
                    Post.expand(
                        List.of(StaffingNeed.of(DutyRole.GUIDE, 51)), ShiftPattern.TWO_TWELVES)))
        .isEqualTo("needs");
  }

  @Test
  void aChangeSaysWhatChangedAndAClosedPostStaysClosed() {
    Post post = highwayExit();
    Set<String> changed =
        post.change(
            new PostDetails(
                "杭千高速寿昌出口卡口",
                PostKind.CHECKPOINT,
                SHOUCHANG.code(),
                null,
                ShiftPattern.TWO_TWELVES,
                List.of(StaffingNeed.of(DutyRole.INSPECTOR, 2))),
            SHOUCHANG,
            NOW);
    assertThat(changed).containsExactly("needs", "shifts");
    post.close(NOW);
    assertThat(post.isActive()).isFalse();
    Problem again = catchThrowableOfType(Problem.class, () -> post.close(NOW));
    assertThat(again.status()).isEqualTo(409);
  }

  static String refused(Runnable call) {
    Problem problem = catchThrowableOfType(Problem.class, call::run);
    assertThat(problem).as("refused").isNotNull();
    assertThat(problem.status()).isEqualTo(400);
    return problem.fieldErrors().get(0).field();
  }
}
