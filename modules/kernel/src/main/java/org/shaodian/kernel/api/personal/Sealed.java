package org.shaodian.kernel.api.personal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal data at rest: sealed with AES-256-GCM under a numbered key ({@code enc:v2:…}, so keys
 * can rotate: values sealed under an older key still open, and re-encryption moves them to the
 * current one), and found again by a blind index, a keyed hash (HMAC-SHA256) that matches equal
 * values without anyone holding the plain value. The keys come from configuration, never from the
 * database ({@link Keys}); the kernel installs them at start-up.
 *
 * <p>Only the converters of this package and the kernel's own re-encryption open sealed values (a
 * build rule keeps it so); modules store {@link IdNumber}, {@link PhoneNumber} and {@link
 * PlateNumber} as ever and look values up by {@link #blindIndex}.
 */
public final class Sealed {

  /** What a sealed column value starts with. */
  public static final String PREFIX = "enc:v";

  private static final Pattern SEALED = Pattern.compile("enc:v(\\d{1,4}):([A-Za-z0-9_-]+)");
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNBASE64 = Base64.getUrlDecoder();

  private static volatile Keys installed;

  private Sealed() {}

  /**
   * The keys: AES-256 keys by version, the version new values are sealed under, and the key of the
   * blind index (32 bytes each).
   */
  public record Keys(Map<Integer, byte[]> sealing, int current, byte[] index) {

    public Keys {
      sealing = Map.copyOf(new TreeMap<>(sealing));
      if (!sealing.containsKey(current)) {
        throw new IllegalArgumentException("no sealing key of version " + current);
      }
      for (byte[] key : sealing.values()) {
        requireKey(key);
      }
      requireKey(index);
      index = index.clone();
    }

    private static void requireKey(byte[] key) {
      if (key == null || key.length != 32) {
        throw new IllegalArgumentException("a key is 32 bytes (base64 of them in configuration)");
      }
    }
  }

  /** Installs the keys (the kernel does, at start-up, before anything is read or written). */
  public static void install(Keys keys) {
    installed = Objects.requireNonNull(keys);
  }

  /** The version new values are sealed under. */
  public static int currentVersion() {
    return keys().current();
  }

  /**
   * A cipher and a MAC for each thread, initialised afresh for every value: looking them up ({@code
   * getInstance}) costs more than sealing a short value, and they may not be shared between
   * threads.
   */
  private static final ThreadLocal<Cipher> AES_GCM =
      ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));

  private static final ThreadLocal<Mac> HMAC_SHA256 =
      ThreadLocal.withInitial(() -> instance(() -> Mac.getInstance("HmacSHA256")));

  private interface Lookup<T> {
    T get() throws GeneralSecurityException;
  }

  private static <T> T instance(Lookup<T> lookup) {
    try {
      return lookup.get();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java runtime lacks AES/GCM or HMAC-SHA256", e);
    }
  }

  /** A value as stored: sealed under the current key, bound to its type. */
  public static String seal(String type, String plain) {
    Keys keys = keys();
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = AES_GCM.get();
      cipher.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(keys.sealing().get(keys.current()), "AES"),
          new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(type.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] stored = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, stored, 0, iv.length);
      System.arraycopy(sealed, 0, stored, iv.length, sealed.length);
      return PREFIX + keys.current() + ":" + BASE64.encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal a value", e);
    }
  }

  /**
   * The plain value of a stored one. A value stored before sealing began (no prefix) is returned as
   * it is, so a database is readable while its re-encryption runs.
   */
  public static String open(String type, String stored) {
    Matcher sealed = SEALED.matcher(stored);
    if (!sealed.matches()) {
      if (stored.startsWith(PREFIX)) {
        throw new IllegalStateException("a sealed value that is not well-formed");
      }
      return stored;
    }
    int version = Integer.parseInt(sealed.group(1));
    byte[] key = keys().sealing().get(version);
    if (key == null) {
      throw new IllegalStateException(
          "a value is sealed under key version " + version + ", which is not configured");
    }
    try {
      byte[] bytes = UNBASE64.decode(sealed.group(2));
      Cipher cipher = AES_GCM.get();
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      cipher.updateAAD(type.getBytes(StandardCharsets.UTF_8));
      return new String(
          cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("a sealed value does not open (wrong key or tampered)", e);
    }
  }

  /** Whether a stored value is sealed under the current key (else re-encryption moves it). */
  public static boolean isCurrent(String stored) {
    return stored.startsWith(PREFIX + keys().current() + ":");
  }

  /**
   * The blind index of a value: equal values (of one type) have equal indexes, and nothing about
   * the value can be learnt from it without the index key. 43 URL-safe characters.
   */
  public static String blindIndex(PersonalData value) {
    try {
      Mac mac = HMAC_SHA256.get();
      mac.init(new SecretKeySpec(keys().index(), "HmacSHA256"));
      mac.update(value.getClass().getSimpleName().getBytes(StandardCharsets.UTF_8));
      mac.update((byte) ':');
      return BASE64.encodeToString(mac.doFinal(value.reveal().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute a blind index", e);
    }
  }

  /**
   * A keyed hash (HMAC-SHA-256 under the blind-index key) of a text that holds personal data, for
   * telling whether two submissions are the same (a device resending an inspection) without storing
   * anything that could be reversed or guessed from a list of ID numbers. {@code purpose} keeps the
   * hashes of different uses apart.
   */
  public static String fingerprint(String purpose, String text) {
    try {
      Mac mac = HMAC_SHA256.get();
      mac.init(new SecretKeySpec(keys().index(), "HmacSHA256"));
      mac.update(purpose.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return BASE64.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute a fingerprint", e);
    }
  }

  private static Keys keys() {
    Keys keys = installed;
    if (keys == null) {
      throw new IllegalStateException("the personal-data keys are not installed yet");
    }
    return keys;
  }
}
