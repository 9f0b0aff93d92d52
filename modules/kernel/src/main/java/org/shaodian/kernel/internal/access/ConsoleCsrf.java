package org.shaodian.kernel.internal.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.shaodian.kernel.api.personal.Sealed;

/**
 * The web console's anti-forgery tokens. The console's session is Liberty's single sign-on cookie
 * ({@code HttpOnly}, {@code SameSite=Strict}), which a browser would also send with a request that
 * another site forges; so every state-changing request that the cookie authenticates must also
 * carry {@value #HEADER} with a token the console received when it signed in, which another site
 * cannot read. Integrations send their credentials in {@code Authorization} and need none.
 *
 * <p>A token is {@code nonce.expiry.mac}: a keyed hash (under the blind-index key, so every server
 * of an installation verifies what any of them issued, and nothing is kept) of the user it was
 * issued to, a random nonce and when it expires.
 */
public final class ConsoleCsrf {

  /** The request header that carries the token. */
  public static final String HEADER = "X-CSRF-Token";

  private static final String PURPOSE = "console-csrf";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private ConsoleCsrf() {}

  /** A new token for {@code user}, valid for {@code lifetime}. */
  static String issue(String user, Instant now, Duration lifetime) {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String nonceText = BASE64.encodeToString(nonce);
    long expiry = now.plus(lifetime).getEpochSecond();
    return nonceText + "." + expiry + "." + mac(user, nonceText, expiry);
  }

  /** Whether {@code token} was issued to {@code user} and has not expired. */
  public static boolean valid(String user, String token, Instant now) {
    if (user == null || token == null || token.length() > 200) {
      return false;
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return false;
    }
    long expiry;
    try {
      expiry = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return false;
    }
    if (now.getEpochSecond() >= expiry) {
      return false;
    }
    return MessageDigest.isEqual(
        mac(user, parts[0], expiry).getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII));
  }

  private static String mac(String user, String nonce, long expiry) {
    return Sealed.fingerprint(PURPOSE, user + "\n" + nonce + "\n" + expiry);
  }
}
