package org.shaodian.kernel.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SealedTest {

  private static final byte[] KEY_1 =
      "key one, thirty-two bytes long!!".getBytes(StandardCharsets.UTF_8);
  private static final byte[] KEY_2 =
      "key two, thirty-two bytes long!!".getBytes(StandardCharsets.UTF_8);
  private static final byte[] INDEX =
      "the blind index key, 32 bytes!!!".getBytes(StandardCharsets.UTF_8);
  private static final PhoneNumber PHONE = PhoneNumber.of("13857101234");
  private static final IdNumber ID = IdNumber.of("33018219800101001X");

  @BeforeEach
  void keyOneIsCurrent() {
    Sealed.install(new Sealed.Keys(Map.of(1, KEY_1), 1, INDEX));
  }

  @AfterEach
  void keysForOtherTests() {
    keyOneIsCurrent();
  }

  @Test
  void aSealedValueNamesItsKeyAndHidesTheValue() {
    String stored = Sealed.seal("PhoneNumber", PHONE.reveal());
    assertThat(stored).startsWith("enc:v1:").doesNotContain("13857101234").doesNotContain("1234");
    assertThat(stored.length()).isLessThan(100);
    assertThat(Sealed.open("PhoneNumber", stored)).isEqualTo("13857101234");
  }

  @Test
  void theSameValueSealsDifferentlyEachTime() {
    assertThat(Sealed.seal("PhoneNumber", "13857101234"))
        .isNotEqualTo(Sealed.seal("PhoneNumber", "13857101234"));
  }

  @Test
  void aValueOpensOnlyAsTheTypeItWasSealedAs() {
    String phone = Sealed.seal("PhoneNumber", "13857101234");
    assertThatThrownBy(() -> Sealed.open("IdNumber", phone))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTamperedValueDoesNotOpen() {
    String stored = Sealed.seal("PhoneNumber", "13857101234");
    char last = stored.charAt(stored.length() - 1);
    String tampered = stored.substring(0, stored.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThatThrownBy(() -> Sealed.open("PhoneNumber", tampered))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
    String old = Sealed.seal("PhoneNumber", "13857101234");
    Sealed.install(new Sealed.Keys(Map.of(1, KEY_1, 2, KEY_2), 2, INDEX));
    assertThat(Sealed.open("PhoneNumber", old)).isEqualTo("13857101234");
    assertThat(Sealed.isCurrent(old)).isFalse();
    String fresh = Sealed.seal("PhoneNumber", "13857101234");
    assertThat(fresh).startsWith("enc:v2:");
    assertThat(Sealed.isCurrent(fresh)).isTrue();
    Sealed.install(new Sealed.Keys(Map.of(2, KEY_2), 2, INDEX));
    assertThatThrownBy(() -> Sealed.open("PhoneNumber", old))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("version 1");
  }

  @Test
  void aValueStoredBeforeSealingBeganReadsAsItIs() {
    assertThat(Sealed.open("PhoneNumber", "13857101234")).isEqualTo("13857101234");
  }

  @Test
  void theBlindIndexMatchesEqualValuesOfOneTypeOnly() {
    String index = Sealed.blindIndex(ID);
    assertThat(index).hasSize(43).doesNotContain("330182");
    assertThat(Sealed.blindIndex(IdNumber.of("33018219800101001x"))).isEqualTo(index);
    assertThat(
            Sealed.blindIndex(
                IdNumber.of("33018219800101002" + IdNumber.checkDigit("33018219800101002"))))
        .isNotEqualTo(index);
    Sealed.install(new Sealed.Keys(Map.of(1, KEY_1), 1, KEY_2));
    assertThat(Sealed.blindIndex(ID)).as("another index key, another index").isNotEqualTo(index);
  }

  @Test
  void keysAre32Bytes() {
    assertThatThrownBy(() -> new Sealed.Keys(Map.of(1, new byte[16]), 1, INDEX))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Sealed.Keys(Map.of(1, KEY_1), 2, INDEX))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theConvertersStoreSealedValuesAndReadThemBack() {
    PhoneNumberConverter phones = new PhoneNumberConverter();
    String column = phones.convertToDatabaseColumn(PHONE);
    assertThat(column).startsWith("enc:v1:");
    assertThat(phones.convertToEntityAttribute(column)).isEqualTo(PHONE);
    IdNumberConverter ids = new IdNumberConverter();
    assertThat(ids.convertToEntityAttribute(ids.convertToDatabaseColumn(ID))).isEqualTo(ID);
    PlateNumberConverter plates = new PlateNumberConverter();
    PlateNumber plate = PlateNumber.of("浙A12345");
    assertThat(plates.convertToEntityAttribute(plates.convertToDatabaseColumn(plate)))
        .isEqualTo(plate);
    assertThat(phones.convertToDatabaseColumn(null)).isNull();
  }
}
