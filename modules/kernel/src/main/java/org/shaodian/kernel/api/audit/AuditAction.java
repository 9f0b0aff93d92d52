package org.shaodian.kernel.api.audit;

/**
 * What was done to a record, such as {@code registered} or {@code deactivated}. Each module
 * declares its actions once, as constants, beside its subject types.
 */
public record AuditAction(String name) {

  public AuditAction {
    SubjectType.requireWord(name, "action");
  }

  public static AuditAction of(String name) {
    return new AuditAction(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
