package org.shaodian.kernel.internal.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shaodian.kernel.api.personal.Sealed;

/**
 * Installs the keys that seal personal data at rest, from configuration (environment variables in
 * production, never the repository or the database):
 *
 * <ul>
 *   <li>{@code SHAODIAN_PERSONAL_DATA_KEYS}: {@code 1:<base64 of 32 bytes>,2:<…>}, every key a
 *       value may still be sealed under;
 *   <li>{@code SHAODIAN_PERSONAL_DATA_KEY_VERSION}: the one new values are sealed under (default:
 *       the highest); to rotate, add a key, make it current, re-encrypt, then drop the old one;
 *   <li>{@code SHAODIAN_PERSONAL_DATA_INDEX_KEY}: the key of the blind indexes (base64 of 32
 *       bytes); it cannot rotate without recomputing every index.
 * </ul>
 *
 * Without them the embedded demo database uses published demo keys (and says so in the log); any
 * other database refuses to start, rather than store personal data under a key everyone knows.
 */
@ApplicationScoped
public class PersonalDataKeys {

  private static final Logger LOG = Logger.getLogger(PersonalDataKeys.class.getName());

  /** Public demo keys: for the embedded demo database only, never for real data. */
  static final String DEMO_KEYS = "1:c2hhb2RpYW4tZGVtby1zZWFsaW5nLWtleS1vbmx5ISE";

  static final String DEMO_INDEX_KEY = "c2hhb2RpYW4tZGVtby1ibGluZC1pbmRleC1rZXkhISE";

  @Inject
  @ConfigProperty(name = "shaodian.personal-data.keys")
  Optional<String> keys;

  @Inject
  @ConfigProperty(name = "shaodian.personal-data.key-version")
  Optional<Integer> keyVersion;

  @Inject
  @ConfigProperty(name = "shaodian.personal-data.index-key")
  Optional<String> indexKey;

  /** Installs the configured keys, or the demo keys on the embedded database. */
  public void install(boolean embeddedDatabase) {
    if (keys.isEmpty() || indexKey.isEmpty()) {
      if (!embeddedDatabase) {
        throw new IllegalStateException(
            "personal data is sealed at rest: set SHAODIAN_PERSONAL_DATA_KEYS and"
                + " SHAODIAN_PERSONAL_DATA_INDEX_KEY (see README)");
      }
      LOG.warning(
          "personal data is sealed with the public demo keys: for the embedded demo database"
              + " only");
    }
    Sealed.install(parse(keys.orElse(DEMO_KEYS), keyVersion, indexKey.orElse(DEMO_INDEX_KEY)));
  }

  /** Keys from their configured text: {@code version:base64,…}, a version, an index key. */
  static Sealed.Keys parse(String sealingKeys, Optional<Integer> current, String indexKey) {
    Map<Integer, byte[]> sealing = new HashMap<>();
    for (String entry : sealingKeys.split(",")) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException(
            "SHAODIAN_PERSONAL_DATA_KEYS is version:base64 pairs, comma-separated");
      }
      sealing.put(Integer.parseInt(parts[0].strip()), decode(parts[1]));
    }
    int version =
        current.orElseGet(
            () -> sealing.keySet().stream().mapToInt(Integer::intValue).max().orElse(1));
    return new Sealed.Keys(sealing, version, decode(indexKey));
  }

  private static byte[] decode(String base64) {
    String text = base64.strip();
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException standardFailed) {
      return Base64.getUrlDecoder().decode(text);
    }
  }
}
