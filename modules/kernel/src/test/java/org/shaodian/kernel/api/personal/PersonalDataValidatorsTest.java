package org.shaodian.kernel.api.personal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Bean Validation constraints delegate to the types' own checks and leave null alone. */
class PersonalDataValidatorsTest {

  @Test
  void mobilePhone() {
    MobilePhone.Validator validator = new MobilePhone.Validator();
    assertThat(validator.isValid(null, null)).isTrue();
    assertThat(validator.isValid("13812345678", null)).isTrue();
    assertThat(validator.isValid("+86 138-1234-5678", null)).isTrue();
    assertThat(validator.isValid("12345678901", null)).isFalse();
    assertThat(validator.isValid("0571-87654321", null)).isFalse();
    assertThat(validator.isValid("", null)).isFalse();
  }

  @Test
  void residentIdNumber() {
    ResidentIdNumber.Validator validator = new ResidentIdNumber.Validator();
    String first17 = "33018219800101123";
    char check = IdNumber.checkDigit(first17);
    char wrong = check == '0' ? '1' : '0';
    assertThat(validator.isValid(null, null)).isTrue();
    assertThat(validator.isValid(first17 + check, null)).isTrue();
    assertThat(validator.isValid("11010519491231002x", null)).isTrue();
    assertThat(validator.isValid(first17 + wrong, null)).isFalse();
    assertThat(validator.isValid(first17, null)).isFalse();
    assertThat(validator.isValid("", null)).isFalse();
  }

  @Test
  void vehiclePlate() {
    VehiclePlate.Validator validator = new VehiclePlate.Validator();
    assertThat(validator.isValid(null, null)).isTrue();
    assertThat(validator.isValid("浙A12345", null)).isTrue();
    assertThat(validator.isValid("浙a·d12345", null)).isTrue();
    assertThat(validator.isValid("浙I12345", null)).isFalse();
    assertThat(validator.isValid("台A12345", null)).isFalse();
    assertThat(validator.isValid("", null)).isFalse();
  }
}
