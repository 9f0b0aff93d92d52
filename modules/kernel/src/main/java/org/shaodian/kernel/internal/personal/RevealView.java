package org.shaodian.kernel.internal.personal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.access.CallerKind;

/** Who saw which full value, and why; or was refused for asking too many. */
@Schema(
    name = "RevealView",
    description = "查看记录 — who saw a full value, of what, why and when",
    requiredProperties = {
      "id",
      "actor",
      "actorKind",
      "subjectType",
      "subjectId",
      "field",
      "reason",
      "at",
      "refused"
    })
public record RevealView(
    UUID id,
    String actor,
    CallerKind actorKind,
    @Schema(examples = "rosters.person") String subjectType,
    String subjectId,
    @Schema(examples = "phone") String field,
    String reason,
    OffsetDateTime at,
    @Schema(description = "refused and flagged: too many within an hour") boolean refused) {}
