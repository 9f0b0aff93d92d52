package org.shaodian.kernel.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Travel and test outcomes: masked wholly, sealed at rest, read back as they were. */
class TravelAndTestOutcomeTest {

  @Test
  void aTravelHistoryShowsNothingNotEvenItsLength() {
    TravelHistory travel = TravelHistory.of("  上海市浦东新区 → 杭州东站 → 建德  ");
    assertThat(travel.masked()).isEqualTo("****");
    assertThat(travel.toString()).isEqualTo("****");
    assertThat(TravelHistory.of("武汉").masked()).isEqualTo(travel.masked());
    assertThat(travel.reveal()).isEqualTo("上海市浦东新区 → 杭州东站 → 建德");
  }

  @Test
  void aTravelHistoryIsOneToTwoHundredReadableCharacters() {
    assertThat(TravelHistory.isValid("x".repeat(200))).isTrue();
    assertThat(TravelHistory.isValid("x".repeat(201))).isFalse();
    assertThat(TravelHistory.isValid("　")).isFalse();
    assertThat(TravelHistory.isValid("上海\u0007")).isFalse();
    assertThat(TravelHistory.isValid("上海\n杭州")).isTrue();
    assertThatThrownBy(() -> TravelHistory.of("")).hasMessageNotContaining("上海");
  }

  @Test
  void aHealthNoteIsMaskedWhollyAndSealedAsItsOwnType() {
    HealthNote note = HealthNote.of("37.6℃,咳嗽");
    assertThat(note.masked()).isEqualTo("****");
    assertThat(note.toString()).doesNotContain("37.6");
    assertThat(HealthNote.isValid("x".repeat(201))).isFalse();
    bothAreSealedAtRestAndReadBack();
    HealthNoteConverter converter = new HealthNoteConverter();
    String stored = converter.convertToDatabaseColumn(note);
    assertThat(stored).startsWith(Sealed.PREFIX).doesNotContain("37.6");
    assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(note);
    assertThatThrownBy(() -> new TravelHistoryConverter().convertToEntityAttribute(stored))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void aCitizensNameShowsItsFirstCharacterOnly() {
    assertThat(PersonName.of(" 周桂英 ").masked()).isEqualTo("周**");
    assertThat(PersonName.of("欧阳").masked()).isEqualTo("欧**");
    assertThat(PersonName.of("𠀋文").masked()).isEqualTo("𠀋**");
    assertThat(PersonName.isValid("　")).isFalse();
    assertThat(PersonName.of("周桂英").reveal()).isEqualTo("周桂英");
  }

  @Test
  void aTestOutcomeIsOneOfThreeAndAlwaysMasked() {
    assertThat(TestOutcome.of("阳性")).isEqualTo(TestOutcome.POSITIVE);
    assertThat(TestOutcome.of(" negative ")).isEqualTo(TestOutcome.NEGATIVE);
    assertThat(TestOutcome.of("待出结果")).isEqualTo(TestOutcome.PENDING);
    assertThat(TestOutcome.POSITIVE.isPositive()).isTrue();
    assertThat(TestOutcome.POSITIVE.masked())
        .isEqualTo(TestOutcome.NEGATIVE.masked())
        .isEqualTo("***");
    assertThat(TestOutcome.isValid("MAYBE")).isFalse();
    assertThatThrownBy(() -> TestOutcome.of("MAYBE")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bothAreSealedAtRestAndReadBack() {
    Sealed.install(
        new Sealed.Keys(
            Map.of(1, "test-only personal-data key 1!!!".getBytes(StandardCharsets.UTF_8)),
            1,
            "test-only blind index key, 32 b!".getBytes(StandardCharsets.UTF_8)));
    TravelHistoryConverter travel = new TravelHistoryConverter();
    TestOutcomeConverter outcome = new TestOutcomeConverter();

    String storedTravel = travel.convertToDatabaseColumn(TravelHistory.of("上海 → 建德"));
    String storedOutcome = outcome.convertToDatabaseColumn(TestOutcome.POSITIVE);

    assertThat(storedTravel).startsWith(Sealed.PREFIX).doesNotContain("上海");
    assertThat(storedOutcome).startsWith(Sealed.PREFIX).doesNotContain("POSITIVE");
    assertThat(travel.convertToEntityAttribute(storedTravel).reveal()).isEqualTo("上海 → 建德");
    assertThat(outcome.convertToEntityAttribute(storedOutcome)).isEqualTo(TestOutcome.POSITIVE);
    // a sealed outcome does not open as a travel history
    assertThatThrownBy(() -> travel.convertToEntityAttribute(storedOutcome))
        .isInstanceOf(RuntimeException.class);
  }
}
