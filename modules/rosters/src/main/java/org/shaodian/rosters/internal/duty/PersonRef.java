package org.shaodian.rosters.internal.duty;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person a seat is given to, or who signs in or out at it. */
@Schema(
    name = "PersonRef",
    requiredProperties = {"person"})
public record PersonRef(@Schema(description = "a person who serves") @NotNull UUID person) {}
