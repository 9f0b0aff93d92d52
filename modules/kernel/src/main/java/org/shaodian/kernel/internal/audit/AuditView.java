package org.shaodian.kernel.internal.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.access.CallerKind;

/**
 * An audit entry as the audit resource shows it, its time in Asia/Shanghai. A bulk action lists how
 * many records of which type it touched; looking one of them up by {@code subjectId} finds it.
 */
@Schema(
    name = "AuditView",
    description = "审计记录 — an entry of the audit trail",
    requiredProperties = {
      "id",
      "recordedAt",
      "actor",
      "actorKind",
      "actorJurisdiction",
      "action",
      "subjectType",
      "subjectId",
      "itemCount"
    })
public record AuditView(
    UUID id,
    OffsetDateTime recordedAt,
    String actor,
    CallerKind actorKind,
    String actorJurisdiction,
    String action,
    String subjectType,
    String subjectId,
    String summary,
    String itemType,
    int itemCount) {}
