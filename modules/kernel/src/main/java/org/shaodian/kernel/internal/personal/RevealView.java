package org.shaodian.kernel.internal.personal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.access.CallerKind;

/**
 * Who saw which full value, or a bulk act's full values (a register exported in full), and why; or
 * was refused for asking too many.
 */
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
      "refused",
      "count",
      "bulk"
    })
public record RevealView(
    UUID id,
    String actor,
    CallerKind actorKind,
    @Schema(
            examples = "rosters.person",
            description = "the record's type; for a bulk act the whole's, such as grids.register")
        String subjectType,
    String subjectId,
    @Schema(examples = "phone", description = "the field; for a bulk act the fields shown")
        String field,
    String reason,
    OffsetDateTime at,
    @Schema(
            description =
                "refused and flagged: too many within an hour, or bulk acts within 24 hours")
        boolean refused,
    @Schema(description = "how many full values it showed: 1, or a bulk act's count", minimum = "0")
        int count,
    @Schema(description = "a bulk act: a register exported with full ID numbers and phones")
        boolean bulk) {}
