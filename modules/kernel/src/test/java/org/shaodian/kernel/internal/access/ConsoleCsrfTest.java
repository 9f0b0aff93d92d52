package org.shaodian.kernel.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.personal.Sealed;

class ConsoleCsrfTest {

  private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");
  private static final Duration SHIFT = Duration.ofHours(12);

  /** The keys SealedTest installs (and leaves installed for the tests after it). */
  @BeforeAll
  static void keys() {
    Sealed.install(
        new Sealed.Keys(
            Map.of(1, "key one, thirty-two bytes long!!".getBytes(StandardCharsets.UTF_8)),
            1,
            "the blind index key, 32 bytes!!!".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aTokenIsValidForItsUserUntilItExpires() {
    String token = ConsoleCsrf.issue("shouchang-official", NOW, SHIFT);
    assertThat(ConsoleCsrf.valid("shouchang-official", token, NOW)).isTrue();
    assertThat(ConsoleCsrf.valid("shouchang-official", token, NOW.plus(SHIFT).minusSeconds(1)))
        .isTrue();
    assertThat(ConsoleCsrf.valid("shouchang-official", token, NOW.plus(SHIFT))).isFalse();
  }

  @Test
  void anotherUsersOrATamperedTokenIsRefused() {
    String token = ConsoleCsrf.issue("shouchang-official", NOW, SHIFT);
    assertThat(ConsoleCsrf.valid("shouchang-command", token, NOW)).isFalse();
    String[] parts = token.split("\\.");
    // a later expiry under the same mac
    String extended = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];
    assertThat(ConsoleCsrf.valid("shouchang-official", extended, NOW)).isFalse();
    assertThat(ConsoleCsrf.valid("shouchang-official", null, NOW)).isFalse();
    assertThat(ConsoleCsrf.valid("shouchang-official", "", NOW)).isFalse();
    assertThat(ConsoleCsrf.valid("shouchang-official", "a.b.c", NOW)).isFalse();
    assertThat(ConsoleCsrf.valid("shouchang-official", "x".repeat(500), NOW)).isFalse();
  }

  @Test
  void everyTokenIsNew() {
    assertThat(ConsoleCsrf.issue("admin", NOW, SHIFT))
        .isNotEqualTo(ConsoleCsrf.issue("admin", NOW, SHIFT));
  }
}
