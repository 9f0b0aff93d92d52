package org.shaodian.checkpoints.internal.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shaodian.checkpoints.api.KeyPlaceKind;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

/**
 * A patrol (每日一巡): every item of the checklist exactly once, for today or for yesterday until noon,
 * never for a day to come.
 */
class PatrolTest {

  static final List<String> CHECKLIST = KeyPlaceTest.CHECKLIST;

  /** 2026-11-29 10:00 in Shanghai. */
  static final Instant MORNING = Instant.parse("2026-11-29T02:00:00Z");

  /** 2026-11-29 14:00 in Shanghai. */
  static final Instant AFTERNOON = Instant.parse("2026-11-29T06:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  static List<Patrol.Answer> allPassed(List<String> checklist) {
    return checklist.stream().map(item -> new Patrol.Answer(item, true, null)).toList();
  }

  static KeyPlace place() {
    return KeyPlace.setUp(
        UUID.randomUUID(),
        KeyPlaceTest.COMMUNITY,
        "寿昌农贸市场",
        KeyPlaceKind.MARKET,
        null,
        CHECKLIST,
        Instant.parse("2026-11-01T00:00:00Z"));
  }

  @Test
  void aPatrolKeepsTheChecklistAsAnsweredInItsOrderAndCountsTheFailures() {
    List<Patrol.Answer> answers = new ArrayList<>();
    answers.add(new Patrol.Answer("进货台账", false, " 冷链进货台账缺 11 月 27 日 "));
    answers.add(new Patrol.Answer("一米线", true, ""));
    answers.add(new Patrol.Answer("扫码测温", false, "入口未张贴场所码"));
    answers.add(new Patrol.Answer("佩戴口罩", true, null));
    answers.add(new Patrol.Answer("通风消毒", true, null));
    KeyPlace place = place();
    Patrol patrol =
        place.patrol(
            answers, MORNING.minusSeconds(1800), " 当日整改 ", "shouchang-checkpoint", MORNING);

    assertThat(patrol.place()).isEqualTo(place.id());
    assertThat(patrol.day()).isEqualTo(TODAY);
    assertThat(patrol.patrolledAt()).isEqualTo(MORNING.minusSeconds(1800));
    assertThat(patrol.recordedAt()).isEqualTo(MORNING);
    assertThat(patrol.patrolledBy()).isEqualTo("shouchang-checkpoint");
    assertThat(patrol.items())
        .extracting(Patrol.CheckedItem::item)
        .containsExactlyElementsOf(CHECKLIST);
    assertThat(patrol.items())
        .extracting(Patrol.CheckedItem::passed)
        .containsExactly(false, true, true, true, false);
    assertThat(patrol.items().get(4).note()).isEqualTo("冷链进货台账缺 11 月 27 日");
    assertThat(patrol.items().get(3).note()).isNull();
    assertThat(patrol.itemsFailed()).isEqualTo(2);
    assertThat(patrol.rectification()).isEqualTo("当日整改");
  }

  @Test
  void everyItemIsAnsweredExactlyOnce() {
    List<Patrol.Answer> missing = new ArrayList<>(allPassed(CHECKLIST));
    missing.remove(2);
    assertThat(refusal(missing)).singleElement().satisfies(e -> assertNamed(e, "通风消毒"));

    List<Patrol.Answer> twice = new ArrayList<>(allPassed(CHECKLIST));
    twice.add(new Patrol.Answer("一米线", false, "又答了一次"));
    assertThat(refusal(twice)).singleElement().satisfies(e -> assertNamed(e, "一米线"));

    List<Patrol.Answer> unknown = new ArrayList<>(allPassed(CHECKLIST));
    unknown.add(new Patrol.Answer("健康码查验", true, null));
    assertThat(refusal(unknown)).singleElement().satisfies(e -> assertNamed(e, "健康码查验"));

    // an item answered twice and another left out: both said
    List<Patrol.Answer> swapped = new ArrayList<>(allPassed(CHECKLIST));
    swapped.set(0, new Patrol.Answer("佩戴口罩", true, null));
    assertThat(refusal(swapped)).hasSize(2);

    assertThat(refusal(List.of())).singleElement().satisfies(e -> assertNamed(e, "扫码测温"));
  }

  private static List<FieldError> refusal(List<Patrol.Answer> answers) {
    Problem problem = catchThrowableOfType(Problem.class, () -> Patrol.answer(CHECKLIST, answers));
    assertThat(problem.status()).isEqualTo(400);
    return problem.fieldErrors();
  }

  private static void assertNamed(FieldError error, String item) {
    assertThat(error.field()).isEqualTo("items");
    assertThat(error.message().zh()).contains(item);
  }

  @Test
  void aPatrolIsForTodayOrLateForYesterdayUntilNoon() {
    assertThat(Patrol.dayOf(MORNING, MORNING)).isEqualTo(TODAY);
    // today, just after midnight
    assertThat(Patrol.dayOf(Instant.parse("2026-11-28T16:00:00Z"), AFTERNOON)).isEqualTo(TODAY);
    // yesterday evening, recorded this morning
    Instant lastNight = Instant.parse("2026-11-28T12:00:00Z");
    assertThat(Patrol.dayOf(lastNight, MORNING)).isEqualTo(TODAY.minusDays(1));
    assertThat(Patrol.dayOf(lastNight, Instant.parse("2026-11-29T03:59:59Z")))
        .isEqualTo(TODAY.minusDays(1));
    // … but not from noon on
    assertThat(dayRefused(lastNight, Instant.parse("2026-11-29T04:00:00Z"))).isEqualTo(400);
    assertThat(dayRefused(lastNight, AFTERNOON)).isEqualTo(400);
    // the day before yesterday: never
    assertThat(dayRefused(Instant.parse("2026-11-27T12:00:00Z"), MORNING)).isEqualTo(400);
  }

  @Test
  void notForATimeOrADayToCome() {
    // a device's clock a little ahead is taken
    assertThat(Patrol.dayOf(MORNING.plusSeconds(120), MORNING)).isEqualTo(TODAY);
    assertThat(dayRefused(MORNING.plusSeconds(3600), MORNING)).isEqualTo(400);
    // a little ahead, but already tomorrow
    Instant beforeMidnight = Instant.parse("2026-11-29T15:58:00Z");
    assertThat(dayRefused(beforeMidnight.plusSeconds(180), beforeMidnight)).isEqualTo(400);
    assertThat(dayRefused(Instant.parse("2026-11-30T02:00:00Z"), MORNING)).isEqualTo(400);
  }

  private static int dayRefused(Instant patrolledAt, Instant now) {
    Problem problem = catchThrowableOfType(Problem.class, () -> Patrol.dayOf(patrolledAt, now));
    assertThat(problem.fieldErrors()).extracting(FieldError::field).containsExactly("patrolledAt");
    return problem.status();
  }

  @Test
  void theChecklistAsItIsWhenPatrolledIsTheOneAnswered() {
    KeyPlace place = place();
    place.change(place.name(), KeyPlaceKind.MARKET, null, List.of("扫码测温", "冷链食品追溯"), MORNING);
    Problem old =
        catchThrowableOfType(
            Problem.class, () -> place.patrol(allPassed(CHECKLIST), MORNING, null, "x", MORNING));
    assertThat(old.status()).isEqualTo(400);
    Patrol patrol = place.patrol(allPassed(List.of("冷链食品追溯", "扫码测温")), MORNING, null, "x", MORNING);
    assertThat(patrol.items())
        .extracting(Patrol.CheckedItem::item)
        .containsExactly("扫码测温", "冷链食品追溯");
    assertThat(patrol.itemsFailed()).isZero();
    assertThat(patrol.rectification()).isNull();
  }
}
