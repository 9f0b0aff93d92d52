package org.shaodian.grids.internal.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.kernel.api.personal.Disclosure;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;

/** A resident's row of the exported register: in the import's columns, personal data as shown. */
class RegisterLineTest {

  static final IdNumber ID =
      IdNumber.of("33018219600612" + "001" + IdNumber.checkDigit("33018219600612001"));

  static RegisterLine line(PhoneNumber phone) {
    return new RegisterLine(
        "1幢", "1单元", "101", "周桂英", ID, phone, HouseholdRelation.HEAD, true, false, true, false);
  }

  @Test
  void theCellsFollowTheColumnsWithIdNumberAndPhoneMasked() {
    assertThat(line(PhoneNumber.of("13857101234")).cells(Disclosure.MASKED))
        .hasSize(RegisterColumn.values().length)
        .containsExactly(
            "1幢", "1单元", "101", "周桂英", ID.masked(), "138****1234", "户主", "是", "", "是", "");
  }

  @Test
  void idNumberAndPhoneAreWhatTheDisclosureShowsAndNoPhoneStaysEmpty() {
    Disclosure marked = value -> "shown:" + value.masked();
    assertThat(line(PhoneNumber.of("13857101234")).cells(marked))
        .element(4)
        .isEqualTo("shown:" + ID.masked());
    assertThat(line(PhoneNumber.of("13857101234")).cells(marked))
        .element(5)
        .isEqualTo("shown:138****1234");
    assertThat(line(null).cells(marked)).element(5).isEqualTo("");
  }
}
