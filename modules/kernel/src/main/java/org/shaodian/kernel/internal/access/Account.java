package org.shaodian.kernel.internal.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The jurisdiction of a user who signs in through the server's registry (basic registry, LDAP). JWT
 * callers carry theirs in the {@code jurisdiction} claim instead. The roles stay with the registry
 * (its groups); the account says only which part of the region tree the user sees.
 */
@Entity
@Table(name = "kernel_account")
public class Account {

  @Id
  @Column(length = 100)
  private String principal;

  @Column(name = "jurisdiction_code", nullable = false, length = 15)
  private String jurisdictionCode;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Account() {}

  /** Opens the account of a registry user, who from now on sees {@code jurisdiction}. */
  static Account open(String principal, Region jurisdiction, Instant now) {
    Account account = new Account();
    account.principal = Objects.requireNonNull(principal, "principal");
    account.jurisdictionCode = jurisdiction.code().value();
    account.createdAt = now;
    account.updatedAt = now;
    return account;
  }

  /** Gives the user another jurisdiction; whether it was another. */
  boolean moveTo(Region jurisdiction, Instant now) {
    if (jurisdictionCode.equals(jurisdiction.code().value())) {
      return false;
    }
    jurisdictionCode = jurisdiction.code().value();
    updatedAt = now;
    return true;
  }

  String principal() {
    return principal;
  }

  String jurisdictionCode() {
    return jurisdictionCode;
  }

  RegionCode jurisdiction() {
    return RegionCode.of(jurisdictionCode);
  }

  long version() {
    return version;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
