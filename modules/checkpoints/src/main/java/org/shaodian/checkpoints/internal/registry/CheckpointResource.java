package org.shaodian.checkpoints.internal.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.checkpoints.api.CheckpointKind;
import org.shaodian.checkpoints.api.CheckpointStatus;
import org.shaodian.checkpoints.internal.CheckpointAccess;
import org.shaodian.checkpoints.internal.CheckpointPermission;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;

/**
 * Checkpoints over REST: set up with their post and map feature, changed, suspended, closed, and
 * their lanes; every change against the version read (If-Match).
 */
@Path("checkpoints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "checkpoints")
public class CheckpointResource {

  private static final String ETAG = "ETag";

  @Inject CheckpointRegistry registry;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.CHECKPOINT_WRITE)
  @Operation(
      operationId = "setUpCheckpoint",
      summary = "设立卡口 — set up a checkpoint",
      description =
          "Opens its rosters post (three shifts round the clock, the kind's usual team unless"
              + " staffing is given) and places its yellow feature on the four-colour map, in the"
              + " same transaction: if either refuses, nothing is set up.")
  @APIResponse(
      responseCode = "201",
      description = "Set up",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the checkpoint's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = CheckpointView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (see errors), a place outside China or outside its grid")
  @APIResponse(responseCode = "403", description = "The role may not set up checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The region has a checkpoint of that name")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response open(@Valid @NotNull CheckpointForms.Open form, @Context UriInfo uri) {
    CheckpointView view = registry.open(form);
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .tag(Versions.etag(view.version()))
        .entity(view)
        .build();
  }

  @GET
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(
      operationId = "listCheckpoints",
      summary = "卡口列表 — the checkpoints of a jurisdiction",
      description = "By region, then name.")
  @APIResponse(responseCode = "200", description = "A page of checkpoints")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<CheckpointView> list(
      @Parameter(
              description = "only checkpoints within this region",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(implementation = CheckpointKind.class)) @QueryParam("kind")
          String kind,
      @Parameter(schema = @Schema(implementation = CheckpointStatus.class)) @QueryParam("status")
          String status,
      @BeanParam PageParameters paging) {
    return registry.list(
        QueryParameters.region("region", region),
        QueryParameters.oneOf("kind", kind, CheckpointKind.class),
        QueryParameters.oneOf("status", status, CheckpointStatus.class),
        paging.request());
  }

  @GET
  @Path("{id}")
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(operationId = "getCheckpoint", summary = "卡口详情 — one checkpoint with its lanes")
  @APIResponse(
      responseCode = "200",
      description = "The checkpoint; ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = CheckpointView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such checkpoint, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    return withTag(registry.get(parseId(id)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.CHECKPOINT_WRITE)
  @Operation(
      operationId = "changeCheckpoint",
      summary = "卡口信息变更 — rename, move, new hours",
      description =
          "Kind and region stay. The post is renamed and the map feature moved with it. Send the"
              + " ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = CheckpointView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such checkpoint, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Closed, or the name is taken in the region")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response change(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CheckpointForms.Change form) {
    UUID checkpoint = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    return withTag(registry.change(checkpoint, version, form));
  }

  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.CHECKPOINT_WRITE)
  @Operation(
      operationId = "changeCheckpointStatus",
      summary = "暂停、恢复或撤除卡口 — suspend, open again, or close for good",
      description =
          "SUSPENDED marks its map feature; OPEN after a suspension clears the mark; CLOSED closes"
              + " its post (duties to come are released) and takes the feature off the map. Send"
              + " the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = CheckpointView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such checkpoint, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "Not a step from its status (suspend an open one, open a suspended one)")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response status(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CheckpointForms.StatusChange form) {
    UUID checkpoint = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    return withTag(registry.changeStatus(checkpoint, version, form.status(), form.reason()));
  }

  @POST
  @Path("{id}/lanes")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.CHECKPOINT_WRITE)
  @Operation(
      operationId = "addLane",
      summary = "增设通道 — add a lane",
      description = "Numbered after the last. Send the checkpoint's ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Added; ETag is the checkpoint's new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = CheckpointView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors), too many lanes")
  @APIResponse(responseCode = "403", description = "The role may not change checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such checkpoint, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Closed, or a lane of that name exists")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response addLane(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CheckpointForms.LaneForm form) {
    UUID checkpoint = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    return withTag(registry.addLane(checkpoint, version, form));
  }

  @PUT
  @Path("{id}/lanes/{no}")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.CHECKPOINT_WRITE)
  @Operation(
      operationId = "changeLane",
      summary = "通道变更 — rename a lane, change what it is for, open or close it",
      description = "Send the checkpoint's ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is the checkpoint's new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = CheckpointView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such checkpoint or lane, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Closed, or another lane has that name")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response changeLane(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("no")
          String no,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CheckpointForms.LaneForm form) {
    UUID checkpoint = parseId(id);
    int lane = laneNo(no);
    long version = Versions.fromIfMatch(ifMatch);
    return withTag(registry.changeLane(checkpoint, version, lane, form));
  }

  private static int laneNo(String no) {
    try {
      int lane = Integer.parseInt(no);
      if (lane >= 1) {
        return lane;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Problem.notFound(Text.of("通道", "Lane"));
  }

  private static Response withTag(CheckpointView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  private static UUID parseId(String id) {
    return PathIds.uuid(id, CheckpointRegistry.CHECKPOINT);
  }
}
