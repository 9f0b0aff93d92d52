package org.shaodian.rosters.internal.teams;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.rosters.api.TeamRole;

/** A member's role in a team, as sent to admit them or change their role. */
@Schema(
    name = "MembershipForm",
    requiredProperties = {"role"})
public record MembershipForm(@NotNull TeamRole role) {}
