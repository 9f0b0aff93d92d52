package org.shaodian.kernel.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

class CursorTest {

  @Test
  void everyKeyTypeSurvivesTheRoundTrip() {
    UUID id = UUID.randomUUID();
    Instant at = Instant.parse("2026-11-28T23:00:00.123456Z");
    LocalDate day = LocalDate.of(2026, 11, 28);
    Cursor cursor = Cursor.of("/330100/330182/", new byte[] {0, 1, (byte) 0xff}, id, 42L, at, day);
    Cursor back = Cursor.parse("cursor", cursor.encode());
    assertThat(back).isEqualTo(cursor);
    assertThat(back.size()).isEqualTo(6);
    assertThat(back.key(0)).isEqualTo("/330100/330182/");
    assertThat((byte[]) back.key(1)).containsExactly(0, 1, 0xff);
    assertThat(back.key(2)).isEqualTo(id);
    assertThat(back.key(3)).isEqualTo(42L);
    assertThat(back.key(4)).isEqualTo(at);
    assertThat(back.key(5)).isEqualTo(day);
  }

  @Test
  void theTextIsUrlSafe() {
    String text = Cursor.of("寿昌镇 / 西湖村?&=", new byte[] {(byte) 0xfb, (byte) 0xff}).encode();
    assertThat(text).matches("[A-Za-z0-9._~-]+");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "x", "q.abc", "u.not-a-uuid", "n.12x", "s.%%%", "t.yesterday", "d.2026-13-01"})
  void anythingElseIsAFieldError(String text) {
    Problem problem = catchThrowableOfType(Problem.class, () -> Cursor.parse("cursor", text));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors()).extracting(FieldError::field).containsExactly("cursor");
  }

  @Test
  void aVeryLongCursorIsRefused() {
    assertThatThrownBy(() -> Cursor.parse("cursor", "n.1~".repeat(1000) + "n.1"))
        .isInstanceOf(Problem.class);
  }

  @Test
  void keysAreNeverNullAndOfKnownTypes() {
    assertThatThrownBy(() -> Cursor.of("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Cursor.of(3.14)).isInstanceOf(IllegalArgumentException.class);
  }
}
