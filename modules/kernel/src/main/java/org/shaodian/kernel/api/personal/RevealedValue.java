package org.shaodian.kernel.api.personal;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A full value, revealed to one caller for a stated reason (never cached: no-store). */
@Schema(
    name = "RevealedValue",
    description = "查看完整信息 — a full value, revealed for a reason and recorded",
    requiredProperties = {"field", "value", "revealedAt"})
public record RevealedValue(
    @Schema(examples = "phone") String field,
    @Schema(description = "the full value, unmasked") String value,
    OffsetDateTime revealedAt) {}
