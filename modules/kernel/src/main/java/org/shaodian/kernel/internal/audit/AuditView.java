package org.shaodian.kernel.internal.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as the audit resource shows it. */
public record AuditView(
    UUID id,
    Instant recordedAt,
    String actor,
    String actorJurisdiction,
    String action,
    String subjectType,
    String subjectId,
    String summary) {}
