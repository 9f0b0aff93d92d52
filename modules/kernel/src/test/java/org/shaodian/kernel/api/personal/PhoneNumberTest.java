package org.shaodian.kernel.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @Test
  void masksTheMiddleFourDigits() {
    PhoneNumber phone = PhoneNumber.of("13812345678");
    assertThat(phone.masked()).isEqualTo("138****5678");
    assertThat(phone.reveal()).isEqualTo("13812345678");
  }

  @Test
  void toStringIsTheMaskedForm() {
    PhoneNumber phone = PhoneNumber.of("13957101234");
    assertThat(phone.toString()).isEqualTo("139****1234").doesNotContain("13957101234");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13812345678",
        "+8613812345678",
        "+86 138 1234 5678",
        "+86-138-1234-5678",
        "008613812345678",
        "0086 138 1234 5678",
        "138 1234 5678",
        "138-1234-5678",
        " 13812345678 ",
        "138\t1234\t5678"
      })
  void normalisesCountryCodeSpacesAndHyphens(String text) {
    assertThat(PhoneNumber.isValid(text)).isTrue();
    PhoneNumber phone = PhoneNumber.of(text);
    assertThat(phone.reveal()).isEqualTo("13812345678");
    assertThat(phone.masked()).isEqualTo("138****5678");
    assertThat(phone).isEqualTo(PhoneNumber.of("13812345678"));
  }

  @Test
  void acceptsEverySecondDigitFromThreeToNine() {
    for (char second = '3'; second <= '9'; second++) {
      assertThat(PhoneNumber.isValid("1" + second + "012345678")).as("1%s…", second).isTrue();
    }
    for (char second = '0'; second <= '2'; second++) {
      assertThat(PhoneNumber.isValid("1" + second + "012345678")).as("1%s…", second).isFalse();
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "12345678901", // 12… is no mobile prefix
        "1231234567", // ten digits
        "138123456789", // twelve digits
        "23812345678", // does not start with 1
        "0571-87654321", // landline with area code
        "057187654321",
        "010-12345678",
        "87654321", // landline without area code
        "+86 571 8765 4321",
        "+1 138 1234 5678", // another country code
        "8613812345678", // country code without + or 00
        "1381234567a",
        "138.1234.5678",
        "   "
      })
  void rejectsWhatIsNotAMainlandMobileNumber(String text) {
    assertThat(PhoneNumber.isValid(text)).isFalse();
    assertThatThrownBy(() -> PhoneNumber.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theExceptionDoesNotRepeatTheInput() {
    assertThatThrownBy(() -> PhoneNumber.of("0571-87654321"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("87654321");
  }

  @Test
  void equalsAndHashCodeGoByDigits() {
    PhoneNumber a = PhoneNumber.of("+86 139-5710-1234");
    PhoneNumber b = PhoneNumber.of("13957101234");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(PhoneNumber.of("13957101235")).isNotEqualTo("13957101234");
  }
}
