package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;

/** Handovers between a post's shifts, over REST. */
@Path("posts/{post}/handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class HandoverResource {

  @Inject HandoverBook handovers;

  @Inject Clock clock;

  @GET
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(operationId = "listHandovers", summary = "交接班记录 — a post's handovers of a day")
  @APIResponse(
      responseCode = "200",
      description = "The day's handovers, by shift",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      maxItems = 6,
                      implementation = HandoverView.class)))
  @APIResponse(responseCode = "400", description = "Invalid date")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such post, or outside the caller's jurisdiction")
  public List<HandoverView> list(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("post")
          String post,
      @Parameter(
              description = "the day; today (Asia/Shanghai) when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("date")
          String date) {
    UUID postId = DutyResource.postId(post);
    LocalDate day = QueryParameters.date("date", date);
    return handovers.of(
        postId, day == null ? LocalDate.now(clock.withZone(ShaodianTime.ZONE)) : day);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.DUTY_RECORD)
  @Operation(
      operationId = "writeHandover",
      summary = "交班 — the outgoing leader writes the handover note",
      description =
          "By the point or group leader of the shift, from an hour before it ends until 12 hours"
              + " after; one per shift.")
  @APIResponse(
      responseCode = "201",
      description = "Written",
      content = @Content(schema = @Schema(implementation = HandoverView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not record duty")
  @APIResponse(
      responseCode = "404",
      description = "No such post, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "Not the shift's leader, not the time, or already written")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response write(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("post")
          String post,
      @Valid @NotNull HandoverForm form) {
    UUID postId = DutyResource.postId(post);
    return Response.status(201).entity(handovers.write(postId, form)).build();
  }

  @POST
  @Path("{handover}/acknowledgement")
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.DUTY_RECORD)
  @Operation(
      operationId = "acknowledgeHandover",
      summary = "接班 — the incoming leader acknowledges the handover",
      description = "By the point or group leader of the next shift, once.")
  @APIResponse(
      responseCode = "200",
      description = "Acknowledged",
      content = @Content(schema = @Schema(implementation = HandoverView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not record duty")
  @APIResponse(
      responseCode = "404",
      description = "No such post or handover, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "Not the next shift's leader, or already acknowledged")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public HandoverView acknowledge(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("post")
          String post,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("handover")
          String handover,
      @Valid @NotNull PersonRef leader) {
    UUID postId = DutyResource.postId(post);
    return handovers.acknowledge(
        postId, PathIds.uuid(handover, HandoverBook.HANDOVER), leader.person());
  }
}
