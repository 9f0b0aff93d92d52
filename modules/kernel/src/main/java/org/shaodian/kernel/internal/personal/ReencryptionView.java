package org.shaodian.kernel.internal.personal;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A re-encryption run as the administration API shows it. */
@Schema(
    name = "ReencryptionView",
    description = "重新加密 — a run moving sealed personal data to the current key",
    requiredProperties = {"state", "keyVersion", "resealed"})
public record ReencryptionView(
    @Schema(
            type = SchemaType.STRING,
            enumeration = {"IDLE", "RUNNING", "DONE", "FAILED"})
        String state,
    @Schema(description = "the key version values are moved to") int keyVersion,
    @Schema(description = "values moved, by table.column") Map<String, Integer> resealed,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt) {

  static ReencryptionView of(Reencryption.Report report) {
    return new ReencryptionView(
        report.state(),
        report.keyVersion(),
        report.resealed(),
        report.startedAt(),
        report.finishedAt());
  }
}
