package org.shaodian.rosters.internal.supervision;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.rosters.api.FindingKind;
import org.shaodian.rosters.api.FindingSeverity;
import org.shaodian.rosters.api.FindingState;

/** A supervision finding and how far it got. */
@Schema(
    name = "FindingView",
    description = "巡查问题 — a supervision finding, tracked to closure",
    requiredProperties = {
      "id",
      "post",
      "postName",
      "kind",
      "severity",
      "note",
      "foundAt",
      "recordedBy",
      "state",
      "version"
    })
public record FindingView(
    UUID id,
    UUID post,
    String postName,
    FindingKind kind,
    FindingSeverity severity,
    String note,
    String photoNote,
    OffsetDateTime foundAt,
    @Schema(description = "the supervisor's account") String recordedBy,
    FindingState state,
    String rectification,
    OffsetDateTime rectifiedAt,
    String rectifiedBy,
    OffsetDateTime closedAt,
    String closedBy,
    long version) {}
