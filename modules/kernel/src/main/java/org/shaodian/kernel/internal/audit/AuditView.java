package org.shaodian.kernel.internal.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.shaodian.kernel.api.access.CallerKind;

/**
 * An audit entry as the audit resource shows it, its time in Asia/Shanghai. A bulk action lists how
 * many records of which type it touched; looking one of them up by {@code subjectId} finds it.
 */
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
