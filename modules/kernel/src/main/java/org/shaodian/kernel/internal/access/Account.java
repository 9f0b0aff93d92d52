package org.shaodian.kernel.internal.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The jurisdiction of a user who signs in through the server's registry (basic registry, LDAP). JWT
 * callers carry theirs in the {@code jurisdiction} claim instead.
 */
@Entity
@Table(name = "kernel_account")
public class Account {

  @Id
  @Column(length = 100)
  private String principal;

  @Column(name = "jurisdiction_code", nullable = false, length = 15)
  private String jurisdictionCode;

  protected Account() {}

  String jurisdictionCode() {
    return jurisdictionCode;
  }
}
