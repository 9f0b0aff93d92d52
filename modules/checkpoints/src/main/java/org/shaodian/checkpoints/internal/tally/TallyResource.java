package org.shaodian.checkpoints.internal.tally;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.checkpoints.api.CheckpointTallies;
import org.shaodian.checkpoints.internal.CheckpointAccess;
import org.shaodian.checkpoints.internal.CheckpointPermission;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.web.QueryParameters;

/** The daily tallies over REST: what the briefing prints. */
@Path("checkpoint-tallies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "checkpoints")
public class TallyResource {

  @Inject TallyBook tallies;

  @GET
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(
      operationId = "getCheckpointTallies",
      summary = "查验统计 — vehicles and people by kind and outcome",
      description =
          "For the checkpoints within a region: one duty day by shift, and added up from since to"
              + " that day. Kept current with every inspection: equal to a count of them.")
  @APIResponse(responseCode = "200", description = "The figures")
  @APIResponse(responseCode = "400", description = "Invalid region or days")
  @APIResponse(responseCode = "403", description = "The role may not read checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public CheckpointTallies.Figures figures(
      @Parameter(
              description = "the region (default: the caller's jurisdiction)",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the duty day (default today)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("day")
          String day,
      @Parameter(
              description = "the first day of the cumulative figures (default: the day)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("since")
          String since) {
    LocalDate of = QueryParameters.date("day", day, LocalDate.now(ShaodianTime.ZONE));
    return tallies.of(
        QueryParameters.region("region", region), of, QueryParameters.date("since", since, of));
  }
}
