package org.shaodian.kernel.api.audit;

import java.util.List;
import java.util.Objects;

/**
 * One line of the audit trail, as a module writes it: what was done ({@code action}) to which
 * record ({@code subjectType}, {@code subjectId}) in which region ({@code subjectRegionPath}: the
 * supervisors of that region read the entry, whoever acted), with a short summary that holds no
 * personal data in clear (use masked values). Who acted and when is added by the trail.
 *
 * <p>A bulk action is one entry listing what it touched ({@link #withItems}): a device batch of
 * 1,000 inspections is one audited upload naming the 1,000 ids, and looking up any of them in the
 * trail finds it.
 */
public record AuditEvent(
    AuditAction action,
    SubjectType subjectType,
    String subjectId,
    String subjectRegionPath,
    String summary,
    SubjectType itemType,
    List<String> itemIds) {

  public AuditEvent {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(subjectRegionPath, "subjectRegionPath");
    itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    if (!itemIds.isEmpty()) {
      Objects.requireNonNull(itemType, "itemType");
    }
  }

  /** An entry about one record. */
  public static AuditEvent of(
      AuditAction action, SubjectType subjectType, String subjectId, String subjectRegionPath) {
    return new AuditEvent(action, subjectType, subjectId, subjectRegionPath, null, null, List.of());
  }

  /** The same entry with a summary (no personal data in clear). */
  public AuditEvent withSummary(String text) {
    return new AuditEvent(
        action, subjectType, subjectId, subjectRegionPath, text, itemType, itemIds);
  }

  /** The same entry listing the records of a bulk action. */
  public AuditEvent withItems(SubjectType type, List<String> ids) {
    return new AuditEvent(action, subjectType, subjectId, subjectRegionPath, summary, type, ids);
  }
}
