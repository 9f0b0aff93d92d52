package org.shaodian.rosters.internal.teams;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.rosters.api.TeamKind;

/** A team as the REST API shows it. */
@Schema(
    name = "TeamView",
    description = "队伍 — a temporary party branch, a work group or a task force",
    requiredProperties = {
      "id",
      "kind",
      "name",
      "region",
      "regionName",
      "members",
      "active",
      "version",
      "formedAt",
      "updatedAt"
    })
public record TeamView(
    UUID id,
    TeamKind kind,
    String name,
    @Schema(description = "what the team looks after") String focus,
    RegionCode region,
    String regionName,
    @Schema(description = "how many members it has") long members,
    boolean active,
    long version,
    OffsetDateTime formedAt,
    OffsetDateTime updatedAt) {}
