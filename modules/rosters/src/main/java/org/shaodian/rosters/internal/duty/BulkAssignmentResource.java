package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.rosters.api.DutyView;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;

/** Seats given in bulk, over REST. */
@Path("assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class BulkAssignmentResource {

  @Inject DutyRoster roster;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "assignSeats",
      summary = "批量排班 — give many seats at once",
      description =
          "All or none: the first seat that cannot be given is named by its place in the list"
              + " (assignments[3]) and nothing is stored. At most 500 seats.")
  @APIResponse(
      responseCode = "201",
      description = "All given",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      maxItems = 500,
                      implementation = DutyView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, or no such seat (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such post or person, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "A seat cannot be given (see detail)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response assignAll(@Valid @NotNull BulkAssignmentForm form) {
    return Response.status(201).entity(roster.assignAll(form.requests())).build();
  }
}
