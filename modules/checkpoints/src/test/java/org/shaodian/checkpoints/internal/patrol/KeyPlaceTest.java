package org.shaodian.checkpoints.internal.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shaodian.checkpoints.api.KeyPlaceKind;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** A key place: where it may lie, its checklist, its kind, and deactivation for good. */
class KeyPlaceTest {

  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z"); // 10:00 in Shanghai

  static final Region SHOUCHANG =
      new Region(
          RegionCode.of("330182107000"),
          "寿昌镇",
          "Shouchang",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182107000/");

  static final Region COMMUNITY =
      new Region(
          RegionCode.of("330182107001"),
          "寿昌社区",
          "Shouchang Community",
          RegionLevel.VILLAGE,
          RegionCode.of("330182107000"),
          "/330100/330182/330182107000/330182107001/");

  static final List<String> CHECKLIST = List.of("扫码测温", "佩戴口罩", "通风消毒", "一米线", "进货台账");

  static KeyPlace market(Instant at) {
    return KeyPlace.setUp(
        UUID.randomUUID(), COMMUNITY, "寿昌农贸市场", KeyPlaceKind.MARKET, "寿昌大道 88 号", CHECKLIST, at);
  }

  @Test
  void aPlaceIsSetUpActiveInATownOrAVillageWithItsChecklistInOrder() {
    KeyPlace place = market(NOW);
    assertThat(place.isActive()).isTrue();
    assertThat(place.checklist()).containsExactlyElementsOf(CHECKLIST);
    assertThat(place.regionPath()).isEqualTo(COMMUNITY.path());
    assertThat(
            KeyPlace.setUp(
                    UUID.randomUUID(),
                    SHOUCHANG,
                    "寿昌汽车站",
                    KeyPlaceKind.STATION,
                    null,
                    List.of(" 扫码测温 "),
                    NOW)
                .checklist())
        .containsExactly("扫码测温");

    Region county =
        new Region(
            RegionCode.of("330182"),
            "建德市",
            "Jiande",
            RegionLevel.DISTRICT,
            RegionCode.of("330100"),
            "/330100/330182/");
    Problem refused =
        catchThrowableOfType(
            Problem.class,
            () ->
                KeyPlace.setUp(
                    UUID.randomUUID(), county, "市场", KeyPlaceKind.MARKET, null, CHECKLIST, NOW));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fieldErrors().get(0).field()).isEqualTo("region");
  }

  @Test
  void aChecklistHasOneToThirtyItemsEachOnce() {
    assertThat(invalid(List.of())).isEqualTo("checklist");
    assertThat(invalid(List.of("扫码测温", "佩戴口罩", " 扫码测温"))).isEqualTo("checklist");
    assertThat(invalid(List.of("扫码测温", "  "))).isEqualTo("checklist");
    assertThat(invalid(List.of("很".repeat(51)))).isEqualTo("checklist");
    List<String> thirty = IntStream.rangeClosed(1, 30).mapToObj(i -> "第" + i + "项").toList();
    assertThat(KeyPlace.checklistOf(thirty)).hasSize(30);
    List<String> thirtyOne = new ArrayList<>(thirty);
    thirtyOne.add("第31项");
    assertThat(invalid(thirtyOne)).isEqualTo("checklist");
  }

  private static String invalid(List<String> checklist) {
    Problem problem = catchThrowableOfType(Problem.class, () -> KeyPlace.checklistOf(checklist));
    assertThat(problem.status()).isEqualTo(400);
    return problem.fieldErrors().get(0).field();
  }

  @Test
  void theChecklistChangesButTheKindStays() {
    KeyPlace place = market(NOW);
    place.change(
        "寿昌农贸市场(新)",
        KeyPlaceKind.MARKET,
        null,
        List.of("佩戴口罩", "扫码测温", "冷链食品追溯"),
        NOW.plusSeconds(60));
    assertThat(place.name()).isEqualTo("寿昌农贸市场(新)");
    assertThat(place.checklist()).containsExactly("佩戴口罩", "扫码测温", "冷链食品追溯");
    assertThat(place.updatedAt()).isEqualTo(NOW.plusSeconds(60));

    Problem kind =
        catchThrowableOfType(
            Problem.class,
            () -> place.change("寿昌超市", KeyPlaceKind.SUPERMARKET, null, CHECKLIST, NOW));
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.fieldErrors().get(0).field()).isEqualTo("kind");
  }

  @Test
  void aDeactivatedPlaceIsNotChangedPatrolledOrDeactivatedAgain() {
    KeyPlace place = market(NOW.minusSeconds(86_400));
    place.deactivate(NOW);
    assertThat(place.isActive()).isFalse();
    assertThat(place.deactivatedAt()).isEqualTo(NOW);

    assertThat(
            catchThrowableOfType(
                    Problem.class,
                    () -> place.patrol(PatrolTest.allPassed(CHECKLIST), NOW, null, "x", NOW))
                .status())
        .isEqualTo(409);
    assertThat(catchThrowableOfType(Problem.class, () -> place.deactivate(NOW)).status())
        .isEqualTo(409);
    assertThat(
            catchThrowableOfType(
                    Problem.class,
                    () -> place.change("新名", KeyPlaceKind.MARKET, null, CHECKLIST, NOW))
                .status())
        .isEqualTo(409);
  }
}
