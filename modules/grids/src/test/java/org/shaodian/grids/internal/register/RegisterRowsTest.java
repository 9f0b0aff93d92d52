package org.shaodian.grids.internal.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.grids.internal.register.sheet.RegisterSheet;

class RegisterRowsTest {

  @BeforeAll
  static void keys() {
    ResidentTest.keys();
  }

  static RegisterSheet.Row row(int number, String idNumber) {
    return new RegisterSheet.Row(
        number,
        Map.of(
            RegisterColumn.BUILDING, "3幢",
            RegisterColumn.ROOM, "101",
            RegisterColumn.NAME, "王建国",
            RegisterColumn.ID_NUMBER, idNumber,
            RegisterColumn.RELATION, "户主"));
  }

  @Test
  void anIdNumberGivenTwiceIsRefusedNamingTheRowThatHadItFirst() {
    RegisterRows check = new RegisterRows(LocalDate.of(2026, 11, 29));
    List<RegisterRows.RowError> errors = new ArrayList<>();

    assertThat(check.check(row(2, "330182195307150011"), errors)).isPresent();
    assertThat(check.check(row(3, "33018219530715002X"), errors)).isPresent();
    assertThat(check.check(row(4, "330182195307150011"), errors)).isEmpty();

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).row()).isEqualTo(4);
    assertThat(errors.get(0).column()).isEqualTo(RegisterColumn.ID_NUMBER.heading());
    assertThat(errors.get(0).message().en()).isEqualTo("the same ID number as row 2");
  }

  @Test
  void aRowWithSeveralFaultsNamesEachAndIsNotImported() {
    RegisterRows check = new RegisterRows(LocalDate.of(2026, 11, 29));
    List<RegisterRows.RowError> errors = new ArrayList<>();
    RegisterSheet.Row row =
        new RegisterSheet.Row(
            7,
            Map.of(
                RegisterColumn.BUILDING, "3幢",
                RegisterColumn.ROOM, "1 0 1",
                RegisterColumn.NAME, "王建国",
                RegisterColumn.ID_NUMBER, "330182195307150018",
                RegisterColumn.PHONE, "12345",
                RegisterColumn.RELATION, "邻居"));

    assertThat(check.check(row, errors)).isEmpty();

    assertThat(errors)
        .extracting(RegisterRows.RowError::column)
        .containsExactly(
            RegisterColumn.ROOM.heading(),
            RegisterColumn.ID_NUMBER.heading(),
            RegisterColumn.PHONE.heading(),
            RegisterColumn.RELATION.heading());
    assertThat(errors).extracting(RegisterRows.RowError::row).containsOnly(7);
  }

  @Test
  void theFirstRowsRememberEveryNumberThroughGrowthAndNoOther() {
    RegisterRows.FirstRows first = new RegisterRows.FirstRows();
    Random random = new Random(3);
    List<String> indexes = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      byte[] hash = new byte[32];
      random.nextBytes(hash);
      indexes.add(Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
    }

    for (int i = 0; i < indexes.size(); i++) {
      assertThat(first.putIfAbsent(indexes.get(i), i + 2)).isZero();
    }
    for (int i = 0; i < indexes.size(); i += 997) {
      assertThat(first.putIfAbsent(indexes.get(i), 1_000_000)).isEqualTo(i + 2);
    }
    // only the first 64 bits count: a hash that differs after them is taken for the same number
    byte[] same = Base64.getUrlDecoder().decode(indexes.get(5));
    ByteBuffer.wrap(same).putLong(8, 42L);
    assertThat(first.putIfAbsent(Base64.getUrlEncoder().withoutPadding().encodeToString(same), 9))
        .isEqualTo(7);
  }
}
