package org.shaodian.kernel.internal.bootstrap;

import java.util.Optional;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * What a new installation starts with, from configuration: the top of its region tree ({@code
 * shaodian.bootstrap.root}, {@code code,name[,nameEn]}, e.g. {@code 330100,杭州市,Hangzhou}) and the
 * registry account of its first administrator ({@code shaodian.bootstrap.admin}), whose
 * jurisdiction is that root. Either may be absent; an administrator needs the root.
 */
record BootstrapSettings(Optional<Root> root, Optional<String> admin) {

  /** The top of the region tree. */
  record Root(RegionCode code, String name, String nameEn) {}

  static final String ROOT = "shaodian.bootstrap.root";
  static final String ADMIN = "shaodian.bootstrap.admin";

  /**
   * The settings as configured; an {@link IllegalArgumentException} naming the setting when one is
   * wrong, so that the installation does not start half set up.
   */
  static BootstrapSettings parse(Optional<String> root, Optional<String> admin) {
    Optional<Root> top = root.filter(value -> !value.isBlank()).map(BootstrapSettings::root);
    Optional<String> principal = admin.map(String::strip).filter(value -> !value.isEmpty());
    if (principal.isPresent() && top.isEmpty()) {
      throw new IllegalArgumentException(
          ADMIN + " needs " + ROOT + ": the administrator's jurisdiction is the root");
    }
    principal.ifPresent(
        name -> {
          if (name.length() > 100 || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                ADMIN + " must be a registry user's name (at most 100 characters)");
          }
        });
    return new BootstrapSettings(top, principal);
  }

  private static Root root(String value) {
    String[] parts = value.split(",", 3);
    String code = parts[0].strip();
    String name = parts.length > 1 ? parts[1].strip() : "";
    String nameEn = parts.length > 2 ? parts[2].strip() : "";
    if (!RegionCode.isValid(code)
        || name.isEmpty()
        || name.length() > 100
        || nameEn.length() > 200
        || (name + nameEn).codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          ROOT
              + " must be code,name[,nameEn] with a region code of 6, 9, 12 or 15 digits, e.g."
              + " 330100,杭州市,Hangzhou");
    }
    return new Root(RegionCode.of(code), name, nameEn.isEmpty() ? null : nameEn);
  }
}
