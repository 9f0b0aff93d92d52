package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.shaodian.rosters.api.DutyView;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;
import org.shaodian.rosters.internal.posts.PostRegister;

/** A post's seats and who holds them, over REST: by hand, in bulk, signed in and out. */
@Path("posts/{post}/seats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class DutyResource {

  @Inject DutyRoster roster;

  @Inject Clock clock;

  @GET
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(
      operationId = "listSeats",
      summary = "席位表 — a post's seats and their holders",
      description =
          "Every seat its shifts and needs give, day by day, shift by shift, duty by duty, open or"
              + " held, as of now (a seat nobody signed in at 15 minutes after its start is a"
              + " no-show). At most 31 days.")
  @APIResponse(
      responseCode = "200",
      description = "The seats",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      maxItems = 50000,
                      implementation = DutyView.class)))
  @APIResponse(responseCode = "400", description = "Invalid dates")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such post, or outside the caller's jurisdiction")
  public List<DutyView> seats(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("post")
          String post,
      @Parameter(
              description = "first day; today (Asia/Shanghai) when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "last day, included; the first day when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to) {
    LocalDate first = QueryParameters.date("from", from);
    first = first == null ? LocalDate.now(clock.withZone(ShaodianTime.ZONE)) : first;
    LocalDate last = QueryParameters.date("to", to);
    return roster.seats(postId(post), first, last == null ? first : last);
  }

  @PUT
  @Path(SeatPath.TEMPLATE)
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "assignSeat",
      summary = "排班 — give a seat to a person",
      description =
          "The person must be on duty, qualified for the seat, not away during the shift and not"
              + " on another duty at the same time. Of concurrent attempts on one seat exactly one"
              + " wins; the others get 409.")
  @APIResponse(
      responseCode = "200",
      description = "The person already held the seat",
      content = @Content(schema = @Schema(implementation = DutyView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Given",
      content = @Content(schema = @Schema(implementation = DutyView.class)))
  @APIResponse(responseCode = "400", description = "No such seat in the post's shifts and needs")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such post or person, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description =
          "Someone else holds the seat, the person is on another duty or away then, lacks a"
              + " qualification, or the shift is over")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response assign(@BeanParam SeatPath seat, @Valid @NotNull PersonRef holder) {
    DutyRoster.Given given = roster.assign(seat.post(), seat.address(), holder.person());
    return Response.status(given.created() ? 201 : 200).entity(given.duty()).build();
  }

  @POST
  @Path("swaps")
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "swapSeats",
      summary = "调班 — two seats' holders change places",
      description =
          "In one go, all or nothing: the first seat's holder takes the second seat and the"
              + " second's holder (if any: otherwise it is a move) the first. Each must be allowed"
              + " the other seat by its rules (qualified, not away, not on another duty then), and"
              + " neither duty may have begun with its holder signed in.")
  @APIResponse(
      responseCode = "200",
      description = "Swapped: the first seat, then the second, as they are now",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      minItems = 2,
                      maxItems = 2,
                      implementation = DutyView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid fields, no such seat in the post's shifts and needs, or one seat twice")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description =
          "No such post, nobody holds the first seat, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description =
          "A person may not take the other seat (the detail names who and why), a duty has begun,"
              + " the shift is over, or the post is closed")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public List<DutyView> swap(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("post")
          String post,
      @Valid @NotNull SeatSwapForm form) {
    return roster.swap(postId(post), form.first().address(), form.second().address());
  }

  @DELETE
  @Path(SeatPath.TEMPLATE)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "releaseSeat",
      summary = "取消排班 — free a seat",
      description =
          "A duty that has begun stays on the record, unless nobody signed in (a no-show is"
              + " released so that someone else can take the seat).")
  @APIResponse(responseCode = "204", description = "Freed")
  @APIResponse(responseCode = "400", description = "No such seat in the post's shifts and needs")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such post, nobody holds the seat, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The duty has begun and its holder signed in")
  public Response release(@BeanParam SeatPath seat) {
    roster.release(seat.post(), seat.address());
    return Response.noContent().build();
  }

  @POST
  @Path(SeatPath.TEMPLATE + "/sign-in")
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.DUTY_RECORD)
  @Operation(
      operationId = "signIn",
      summary = "签到 — the holder signs in at their seat",
      description = "From an hour before the shift starts until it ends, once.")
  @APIResponse(
      responseCode = "200",
      description = "Signed in",
      content = @Content(schema = @Schema(implementation = DutyView.class)))
  @APIResponse(responseCode = "400", description = "No such seat in the post's shifts and needs")
  @APIResponse(responseCode = "403", description = "The role may not record duty")
  @APIResponse(
      responseCode = "404",
      description = "No such post, nobody holds the seat, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "Not the holder, already signed in, too early or the shift is over")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public DutyView signIn(@BeanParam SeatPath seat, @Valid @NotNull PersonRef holder) {
    return roster.signIn(seat.post(), seat.address(), holder.person());
  }

  @POST
  @Path(SeatPath.TEMPLATE + "/sign-out")
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.DUTY_RECORD)
  @Operation(operationId = "signOut", summary = "签退 — the holder signs out of their seat")
  @APIResponse(
      responseCode = "200",
      description = "Signed out",
      content = @Content(schema = @Schema(implementation = DutyView.class)))
  @APIResponse(responseCode = "400", description = "No such seat in the post's shifts and needs")
  @APIResponse(responseCode = "403", description = "The role may not record duty")
  @APIResponse(
      responseCode = "404",
      description = "No such post, nobody holds the seat, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "Not the holder, not signed in, or already signed out")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public DutyView signOut(@BeanParam SeatPath seat, @Valid @NotNull PersonRef holder) {
    return roster.signOut(seat.post(), seat.address(), holder.person());
  }

  static UUID postId(String id) {
    return PathIds.uuid(id, PostRegister.POST);
  }
}
