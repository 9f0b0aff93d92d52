package org.shaodian.kernel.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

  /** Region 330182 (建德市), born 1980-01-01, sequence 123. */
  private static final String FIRST17 = "33018219800101123";

  private static final String VALID = FIRST17 + IdNumber.checkDigit(FIRST17);

  /**
   * GB 11643 / ISO 7064 MOD 11-2 written independently of {@link IdNumber}: weight of position i
   * (0-based from the left) is 2^(17-i) mod 11, and the check digit c makes (sum + c) mod 11 == 1.
   */
  static char referenceCheckDigit(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = 1;
      for (int k = 0; k < 17 - i; k++) {
        weight = weight * 2 % 11;
      }
      sum += (first17.charAt(i) - '0') * weight;
    }
    int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  private static String withCheckDigit(String first17) {
    return first17 + IdNumber.checkDigit(first17);
  }

  @Test
  void acceptsANumberBuiltWithItsCheckDigit() {
    assertThat(IdNumber.checkDigit(FIRST17)).isEqualTo(referenceCheckDigit(FIRST17));
    assertThat(IdNumber.isValid(VALID)).isTrue();
    IdNumber id = IdNumber.of(VALID);
    assertThat(id.reveal()).isEqualTo(VALID);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
  }

  @Test
  void acceptsThePublishedGb11643Example() {
    // The example of GB 11643-1999: 北京市朝阳区, born 1949-12-31, sequence 002, check digit X.
    String first17 = "11010519491231002";
    assertThat(referenceCheckDigit(first17)).isEqualTo('X');
    assertThat(IdNumber.checkDigit(first17)).isEqualTo('X');

    IdNumber id = IdNumber.of("11010519491231002X");
    assertThat(id.reveal()).isEqualTo("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.masked()).isEqualTo("110105********002X");
  }

  @Test
  void computesTheCheckDigitOfTheOtherStandardExampleButRejectsBirthYearsBefore1900() {
    // The second example of GB 11643-1999 (广东省汕头市潮阳县, born 1880-01-01, check digit 4):
    // the arithmetic holds, but the type refuses birth years before 1900 on purpose.
    String first17 = "44052418800101001";
    assertThat(referenceCheckDigit(first17)).isEqualTo('4');
    assertThat(IdNumber.checkDigit(first17)).isEqualTo('4');
    assertThat(IdNumber.isValid("440524188001010014")).isFalse();
  }

  @Test
  void acceptsLowerCaseXAndNormalisesItToUpperCase() {
    IdNumber lower = IdNumber.of("11010519491231002x");
    assertThat(lower.reveal()).isEqualTo("11010519491231002X");
    assertThat(lower).isEqualTo(IdNumber.of("11010519491231002X"));
    assertThat(IdNumber.isValid("11010519491231002x")).isTrue();
  }

  @Test
  void stripsSurroundingWhitespace() {
    assertThat(IdNumber.of("  " + VALID + "\n").reveal()).isEqualTo(VALID);
  }

  @Test
  void rejectsEveryWrongCheckDigit() {
    char right = IdNumber.checkDigit(FIRST17);
    for (char wrong : "0123456789X".toCharArray()) {
      if (wrong != right) {
        assertThat(IdNumber.isValid(FIRST17 + wrong)).as("check digit %s", wrong).isFalse();
        assertThatThrownBy(() -> IdNumber.of(FIRST17 + wrong))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "33018219800230123", // 30 February
        "33018219810229123", // 29 February of a common year
        "33018219000229123", // 1900 was not a leap year
        "33018219801301123", // month 13
        "33018219800001123", // month 0
        "33018219800100123", // day 0
        "33018219800132123" // day 32
      })
  void rejectsImpossibleBirthDatesEvenWithTheRightCheckDigit(String first17) {
    String number = withCheckDigit(first17);
    assertThat(IdNumber.isValid(number)).isFalse();
    assertThatThrownBy(() -> IdNumber.of(number)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
    IdNumber id = IdNumber.of(withCheckDigit("33018220000229123"));
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "33018219800101123", // 17 digits, no check digit
        "3301821980010112345", // 19 characters
        "330182800101123", // the old 15-digit format
        "33018219800101A23X", // a letter in the body
        "330182X98001011234", // X anywhere but last
        "３３０１８２１９８００１０１１２３４" // full-width digits
      })
  void rejectsMalformedText(String text) {
    assertThat(IdNumber.isValid(text)).isFalse();
    assertThatThrownBy(() -> IdNumber.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theExceptionDoesNotRepeatTheNumber() {
    String wrong = FIRST17 + (IdNumber.checkDigit(FIRST17) == '0' ? '1' : '0');
    assertThatThrownBy(() -> IdNumber.of(wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain(wrong)
        .doesNotContain(FIRST17);
  }

  @Test
  void masksEverythingButTheRegionAndTheLastFourCharacters() {
    IdNumber id = IdNumber.of(VALID);
    assertThat(id.masked()).isEqualTo("330182********" + VALID.substring(14));
    assertThat(id.masked()).hasSize(18).doesNotContain("19800101");
  }

  @Test
  void toStringIsTheMaskedForm() {
    IdNumber id = IdNumber.of(VALID);
    assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain(VALID);
    assertThat(String.valueOf(id)).doesNotContain("19800101");
  }

  @Test
  void equalsAndHashCodeGoByValue() {
    IdNumber a = IdNumber.of(VALID);
    IdNumber b = IdNumber.of(" " + VALID);
    IdNumber other = IdNumber.of(withCheckDigit("33018219800101124"));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
    assertThat(a).isNotEqualTo(VALID).isNotEqualTo(null);
  }

  @Test
  void birthDateIsReadFromPositionsSevenToFourteen() {
    assertThat(IdNumber.of(withCheckDigit("11010119991231001")).birthDate())
        .isEqualTo(LocalDate.of(1999, 12, 31));
    assertThat(IdNumber.of(withCheckDigit("11010120240709001")).birthDate())
        .isEqualTo(LocalDate.of(2024, 7, 9));
  }

  @Test
  void checkDigitMakesRandomNumbersValidAndEveryOtherCheckDigitInvalid() {
    Random random = new Random(11643);
    DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
    long firstDay = LocalDate.of(1900, 1, 1).toEpochDay();
    long lastDay = LocalDate.of(2025, 12, 31).toEpochDay();
    for (int n = 0; n < 1000; n++) {
      String region = String.format("%06d", random.nextInt(1_000_000));
      LocalDate birth = LocalDate.ofEpochDay(firstDay + random.nextInt((int) (lastDay - firstDay)));
      String sequence = String.format("%03d", random.nextInt(1000));
      String first17 = region + birth.format(basic) + sequence;

      char check = IdNumber.checkDigit(first17);
      assertThat(check).as(first17).isEqualTo(referenceCheckDigit(first17));
      assertThat(IdNumber.isValid(first17 + check)).as(first17 + check).isTrue();
      assertThat(IdNumber.of(first17 + check).birthDate()).isEqualTo(birth);
      for (char other : "0123456789X".toCharArray()) {
        if (other != check) {
          assertThat(IdNumber.isValid(first17 + other)).as(first17 + other).isFalse();
        }
      }
    }
  }
}
