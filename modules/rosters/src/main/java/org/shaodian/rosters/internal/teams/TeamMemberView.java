package org.shaodian.rosters.internal.teams;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.TeamRole;

/** A member of a team: who, and their role in it (no contact details: those are the register's). */
@Schema(
    name = "TeamMemberView",
    requiredProperties = {"person", "name", "affiliation", "role", "joinedAt"})
public record TeamMemberView(
    UUID person, String name, Affiliation affiliation, TeamRole role, OffsetDateTime joinedAt) {}
