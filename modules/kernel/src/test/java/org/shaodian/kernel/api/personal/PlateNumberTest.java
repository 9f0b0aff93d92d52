package org.shaodian.kernel.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlateNumberTest {

  /** The 31 provincial abbreviations of the mainland. */
  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

  @Test
  void acceptsAnOrdinaryPlate() {
    PlateNumber plate = PlateNumber.of("浙A12345");
    assertThat(plate.reveal()).isEqualTo("浙A12345");
    assertThat(plate.isNewEnergy()).isFalse();
    assertThat(plate.masked()).isEqualTo("浙A***45");
  }

  @ParameterizedTest
  @CsvSource({
    "浙A·12345, 浙A12345",
    "浙a12345, 浙A12345",
    "浙A 12345, 浙A12345",
    "浙A-12345, 浙A12345",
    "浙a·b1c23, 浙AB1C23",
    "浙ad12345, 浙AD12345",
    "浙a12345d, 浙A12345D"
  })
  void normalisesDotsSpacesHyphensAndLowerCase(String text, String expected) {
    assertThat(PlateNumber.isValid(text)).isTrue();
    assertThat(PlateNumber.of(text).reveal()).isEqualTo(expected);
    assertThat(PlateNumber.of(text)).isEqualTo(PlateNumber.of(expected));
  }

  @Test
  void acceptsSmallNewEnergyPlates() {
    PlateNumber plate = PlateNumber.of("浙AD12345");
    assertThat(plate.isNewEnergy()).isTrue();
    assertThat(plate.masked()).isEqualTo("浙A****45");
    assertThat(PlateNumber.isValid("浙AF12345")).isTrue();
    assertThat(PlateNumber.isValid("浙ADA2345")).isTrue();
  }

  @Test
  void acceptsLargeNewEnergyPlates() {
    PlateNumber plate = PlateNumber.of("浙A12345D");
    assertThat(plate.isNewEnergy()).isTrue();
    assertThat(plate.masked()).isEqualTo("浙A****5D");
    assertThat(PlateNumber.isValid("浙A12345F")).isTrue();
  }

  @Test
  void acceptsSpecialLastCharacters() {
    assertThat(PlateNumber.isValid("浙A1234学")).isTrue();
    assertThat(PlateNumber.isValid("浙A1234挂")).isTrue();
    assertThat(PlateNumber.isValid("粤Z1234港")).isTrue();
    assertThat(PlateNumber.isValid("粤Z1234澳")).isTrue();
  }

  @Test
  void acceptsEveryProvince() {
    for (char province : PROVINCES.toCharArray()) {
      assertThat(PlateNumber.isValid(province + "B12345")).as("%s", province).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "浙I12345", // I as office letter
        "浙O12345", // O as office letter
        "浙A1I345",
        "浙AO2345",
        "浙A1234O",
        "浙A1234I",
        "浙DI12345", // new energy with I
        "浙AD1O345"
      })
  void rejectsTheLettersIAndO(String text) {
    assertThat(PlateNumber.isValid(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"台A12345", "港A12345", "中A12345", "AA12345", "1A12345", "A12345"})
  void rejectsAnUnknownProvince(String text) {
    assertThat(PlateNumber.isValid(text)).isFalse();
    assertThatThrownBy(() -> PlateNumber.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "浙A1234", // too short
        "浙A123456", // eight characters, but no new-energy letter
        "浙A1234567",
        "浙1A2345", // office must be a letter
        "浙AE12345", // new-energy small plates use D or F
        "浙A1234E5",
        "浙AD1234A", // small new energy: the last four are digits
        "浙A1234学5",
        "   "
      })
  void rejectsMalformedPlates(String text) {
    assertThat(PlateNumber.isValid(text)).isFalse();
    assertThatThrownBy(() -> PlateNumber.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void maskingKeepsTheFirstTwoAndTheLastTwoCharacters() {
    for (String text : List.of("浙A12345", "京BX9Y88", "浙AD12345", "浙A12345D", "粤Z1234港")) {
      PlateNumber plate = PlateNumber.of(text);
      String masked = plate.masked();
      assertThat(masked).as(text).hasSameSizeAs(text);
      assertThat(masked)
          .startsWith(text.substring(0, 2))
          .endsWith(text.substring(text.length() - 2));
      assertThat(masked.substring(2, masked.length() - 2)).matches("\\*+");
      assertThat(plate.toString()).isEqualTo(masked);
    }
  }

  @Test
  void theExceptionDoesNotRepeatTheInput() {
    assertThatThrownBy(() -> PlateNumber.of("浙I12345"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("I12345");
  }

  @Test
  void equalsAndHashCodeGoByValue() {
    PlateNumber a = PlateNumber.of("浙A·12345");
    PlateNumber b = PlateNumber.of("浙A12345");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(PlateNumber.of("浙A12346")).isNotEqualTo("浙A12345");
  }
}
