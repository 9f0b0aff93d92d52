package org.shaodian.rosters.internal.duty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shift's handover note and its acknowledgement. */
@Schema(
    name = "HandoverView",
    description = "交接班记录 — a shift's handover note",
    requiredProperties = {
      "id",
      "post",
      "date",
      "shift",
      "note",
      "writtenBy",
      "writtenByName",
      "writtenAt",
      "acknowledged"
    })
public record HandoverView(
    UUID id,
    UUID post,
    LocalDate date,
    @Schema(description = "the outgoing shift") int shift,
    String note,
    UUID writtenBy,
    String writtenByName,
    OffsetDateTime writtenAt,
    boolean acknowledged,
    UUID acknowledgedBy,
    String acknowledgedByName,
    OffsetDateTime acknowledgedAt) {}
