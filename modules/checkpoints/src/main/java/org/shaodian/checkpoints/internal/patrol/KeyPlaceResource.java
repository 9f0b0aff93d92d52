package org.shaodian.checkpoints.internal.patrol;

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
import org.shaodian.checkpoints.api.KeyPlaceKind;
import org.shaodian.checkpoints.api.KeyPlacePatrolCounts;
import org.shaodian.checkpoints.internal.CheckpointAccess;
import org.shaodian.checkpoints.internal.CheckpointPermission;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;

/**
 * Key places and their daily patrols (每日一巡) over REST: set up, changed (If-Match) and deactivated
 * by the command office; patrolled once a day by checkpoint staff and grid workers; the places not
 * patrolled on a day; the day's figures for the briefing.
 */
@Path("key-places")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "checkpoints")
public class KeyPlaceResource {

  private static final String ETAG = "ETag";

  @Inject KeyPlaceRegister register;

  @Inject PatrolLog patrols;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.KEY_PLACE_WRITE)
  @Operation(
      operationId = "setUpKeyPlace",
      summary = "登记重点场所 — set up a key place with its checklist",
      description =
          "A market, supermarket, hotel, station … in a village, community or town, patrolled"
              + " every day against its checklist (1 to 30 items, each once).")
  @APIResponse(
      responseCode = "201",
      description = "Set up",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the key place's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = KeyPlaceView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (see errors): a region above a town or below a village")
  @APIResponse(responseCode = "403", description = "The role may not set up key places")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "The region has an active key place of that name")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response setUp(@Valid @NotNull KeyPlaceForms.SetUp form, @Context UriInfo uri) {
    KeyPlaceView view = register.setUp(form);
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .tag(Versions.etag(view.version()))
        .entity(view)
        .build();
  }

  @GET
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(
      operationId = "listKeyPlaces",
      summary = "重点场所列表 — the key places of a jurisdiction",
      description = "By region, then name.")
  @APIResponse(responseCode = "200", description = "A page of key places")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read key places")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<KeyPlaceView> list(
      @Parameter(
              description = "only places within this region",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(implementation = KeyPlaceKind.class)) @QueryParam("kind")
          String kind,
      @Parameter(
              description = "true: active places only; false: deactivated ones only",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("active")
          String active,
      @BeanParam PageParameters paging) {
    return register.list(
        QueryParameters.region("region", region),
        QueryParameters.oneOf("kind", kind, KeyPlaceKind.class),
        QueryParameters.bool("active", active),
        paging.request());
  }

  @GET
  @Path("unpatrolled")
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(
      operationId = "listUnpatrolledKeyPlaces",
      summary = "未巡查场所 — the key places not patrolled on a day",
      description =
          "The active places of the caller's jurisdiction (or of the region) with no patrol on the"
              + " day, today by default; for a past day, the places set up by its end and still"
              + " active at its end. By region, then name.")
  @APIResponse(responseCode = "200", description = "A page of key places")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging, a day to come")
  @APIResponse(responseCode = "403", description = "The role may not read key places")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<KeyPlaceView> unpatrolled(
      @Parameter(
              description = "only places within this region",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the day (Asia/Shanghai); today when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("day")
          String day,
      @Parameter(schema = @Schema(implementation = KeyPlaceKind.class)) @QueryParam("kind")
          String kind,
      @BeanParam PageParameters paging) {
    return patrols.unpatrolled(
        QueryParameters.region("region", region),
        QueryParameters.date("day", day),
        QueryParameters.oneOf("kind", kind, KeyPlaceKind.class),
        paging.request());
  }

  @GET
  @Path("patrol-counts")
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(
      operationId = "countKeyPlacePatrols",
      summary = "每日一巡统计 — key places due, patrolled and items failed on a day",
      description =
          "Per region (the village, community or town a place is in) and kind, with totals: the"
              + " figures the daily briefing prints. Today by default.")
  @APIResponse(
      responseCode = "200",
      description = "The day's figures",
      content = @Content(schema = @Schema(implementation = KeyPlacePatrolCounts.class)))
  @APIResponse(responseCode = "400", description = "Invalid region code or day, a day to come")
  @APIResponse(responseCode = "403", description = "The role may not read key places")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public KeyPlacePatrolCounts counts(
      @Parameter(
              description = "the region; the caller's jurisdiction when left out",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the day (Asia/Shanghai); today when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("day")
          String day) {
    return patrols.onDay(
        QueryParameters.region("region", region), QueryParameters.date("day", day));
  }

  @GET
  @Path("{id}")
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(operationId = "getKeyPlace", summary = "重点场所详情 — one key place with its checklist")
  @APIResponse(
      responseCode = "200",
      description = "The key place; ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = KeyPlaceView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read key places")
  @APIResponse(
      responseCode = "404",
      description = "No such key place, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    return withTag(register.get(placeId(id)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.KEY_PLACE_WRITE)
  @Operation(
      operationId = "changeKeyPlace",
      summary = "重点场所信息变更 — rename, new address, new checklist",
      description =
          "Kind and region stay. Patrols from now on answer the new checklist; those recorded keep"
              + " the checklist as it was. Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = KeyPlaceView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (see errors), another kind, an item listed twice")
  @APIResponse(responseCode = "403", description = "The role may not change key places")
  @APIResponse(
      responseCode = "404",
      description = "No such key place, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "Deactivated, or the name is taken in the region")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response change(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull KeyPlaceForms.Change form) {
    UUID place = placeId(id);
    long version = Versions.fromIfMatch(ifMatch);
    return withTag(register.change(place, version, form));
  }

  @POST
  @Path("{id}/deactivation")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.KEY_PLACE_WRITE)
  @Operation(
      operationId = "deactivateKeyPlace",
      summary = "停用重点场所 — deactivate a key place for good",
      description =
          "It takes no more patrols and leaves the unpatrolled list; its patrols stay. Its name"
              + " may serve a new place of the region. Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Deactivated; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = KeyPlaceView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change key places")
  @APIResponse(
      responseCode = "404",
      description = "No such key place, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Already deactivated")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response deactivate(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull KeyPlaceForms.Deactivation form) {
    UUID place = placeId(id);
    long version = Versions.fromIfMatch(ifMatch);
    return withTag(register.deactivate(place, version, form.reason()));
  }

  @POST
  @Path("{id}/patrols")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.PATROL)
  @Operation(
      operationId = "recordPatrol",
      summary = "每日一巡 — record a key place's patrol",
      description =
          "Every item of the place's checklist answered exactly once, passed or failed, with a"
              + " note about the place (never about a person). One patrol a day per place: a"
              + " second one the same day is refused. Today's patrol, or yesterday's until noon.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      headers =
          @Header(
              name = "Location",
              required = true,
              description = "the patrol's address",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = PatrolView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid fields (see errors): an item not answered, answered twice or not on the"
              + " checklist; a time to come; a day older than yesterday, or yesterday after noon")
  @APIResponse(responseCode = "403", description = "The role may not patrol key places")
  @APIResponse(
      responseCode = "404",
      description = "No such key place, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "The place is deactivated, or was patrolled that day already")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response patrol(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Valid @NotNull KeyPlaceForms.PatrolForm form,
      @Context UriInfo uri) {
    PatrolView view = patrols.record(placeId(id), form);
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}/patrols")
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(operationId = "listPatrols", summary = "巡查记录 — a key place's patrols, newest first")
  @APIResponse(responseCode = "200", description = "A page of patrols")
  @APIResponse(responseCode = "400", description = "Invalid paging")
  @APIResponse(responseCode = "403", description = "The role may not read key places")
  @APIResponse(
      responseCode = "404",
      description = "No such key place, or outside the caller's jurisdiction")
  public Page<PatrolView> patrols(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @BeanParam PageParameters paging) {
    return patrols.list(placeId(id), paging.request());
  }

  @GET
  @Path("{id}/patrols/{patrol}")
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(operationId = "getPatrol", summary = "巡查记录详情 — one patrol of a key place")
  @APIResponse(
      responseCode = "200",
      description = "The patrol",
      content = @Content(schema = @Schema(implementation = PatrolView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read key places")
  @APIResponse(
      responseCode = "404",
      description = "No such key place or patrol, or outside the caller's jurisdiction")
  public PatrolView patrol(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("patrol")
          String patrol) {
    return patrols.get(placeId(id), PathIds.uuid(patrol, PatrolLog.PATROL));
  }

  private static Response withTag(KeyPlaceView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  private static UUID placeId(String id) {
    return PathIds.uuid(id, KeyPlaceRegister.KEY_PLACE);
  }
}
