package org.shaodian.kernel.internal.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing at the console's sign-in: after {@value #FAILURES} wrong passwords
 * for one user name within {@link #WINDOW}, that name may not sign in on this server for {@link
 * #LOCK} (whatever password it sends). The registry itself (a basic registry, or LDAP with its own
 * policy) has no lockout of its own here. Kept per server, in memory: with N servers a guesser gets
 * N times as many tries, still a handful an hour.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);

  /** Bounds the memory a flood of made-up user names can take. */
  private static final int MAX_TRACKED = 10_000;

  private record Failures(int count, Instant first, Instant lockedUntil) {}

  private final ConcurrentMap<String, Failures> byName = new ConcurrentHashMap<>();

  /** Until when {@code user} may not sign in, or null if they may try. */
  Instant lockedUntil(String user, Instant now) {
    Failures f = byName.get(key(user));
    return f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())
        ? f.lockedUntil()
        : null;
  }

  void failed(String user, Instant now) {
    if (byName.size() >= MAX_TRACKED) {
      byName.values().removeIf(f -> f.first().plus(WINDOW).plus(LOCK).isBefore(now));
    }
    byName.compute(
        key(user),
        (k, f) -> {
          if (f == null || f.first().plus(WINDOW).isBefore(now)) {
            return new Failures(1, now, null);
          }
          int count = f.count() + 1;
          return new Failures(count, f.first(), count >= FAILURES ? now.plus(LOCK) : null);
        });
  }

  void succeeded(String user) {
    byName.remove(key(user));
  }

  private static String key(String user) {
    return user.trim().toLowerCase(Locale.ROOT);
  }
}
