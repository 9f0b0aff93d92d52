package org.shaodian.rosters.internal.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What accepting a proposal did. */
@Schema(
    name = "AcceptanceView",
    requiredProperties = {"job", "given", "released", "begun"})
public record AcceptanceView(
    RosterJobView job,
    @Schema(description = "seats given") int given,
    @Schema(description = "duties released to give their seats to others") int released,
    @Schema(description = "changes left out because the shift has begun since") int begun) {}
