package org.shaodian.grids.internal.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.grids.api.RequestCategory;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;

/** Citizen requests (民呼必应) over REST: who asked masked; steps against the version read. */
@Path("citizen-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grids")
public class RequestResource {

  private static final String ETAG = "ETag";

  @Inject RequestDesk desk;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REQUEST_WRITE)
  @Operation(
      operationId = "receiveCitizenRequest",
      summary = "受理诉求 — take down a citizen's request",
      description =
          "Routed at once to the grid worker of its grid, with a deadline by its urgency (2 h, 24 h"
              + " or 72 h).")
  @APIResponse(
      responseCode = "201",
      description = "Received",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the request's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not take requests")
  @APIResponse(
      responseCode = "404",
      description = "No such place, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response receive(@Valid @NotNull RequestForms.Receive form, @Context UriInfo uri) {
    RequestView view = desk.receive(form);
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .tag(Versions.etag(view.version()))
        .entity(view)
        .build();
  }

  @GET
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "listCitizenRequests",
      summary = "诉求列表 — the requests of a jurisdiction",
      description =
          "By place and when received; overdue=true lists what escalates to grid leaders.")
  @APIResponse(responseCode = "200", description = "A page of requests")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<RequestView> list(
      @Parameter(
              description = "only requests from this region",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(enumeration = {"RECEIVED", "ACCEPTED", "RESOLVED", "CLOSED"}))
          @QueryParam("state")
          String state,
      @Parameter(schema = @Schema(implementation = RequestCategory.class)) @QueryParam("category")
          String category,
      @Parameter(
              description = "true: past the deadline and not resolved",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("overdue")
          String overdue,
      @BeanParam PageParameters paging) {
    return desk.list(
        QueryParameters.region("region", region),
        QueryParameters.oneOf("state", state, CitizenRequest.State.class),
        QueryParameters.oneOf("category", category, RequestCategory.class),
        QueryParameters.bool("overdue", overdue),
        paging.request());
  }

  @GET
  @Path("counts")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "countCitizenRequests",
      summary = "诉求统计 — requests by place and category",
      description =
          "Between two days (default: the last 30), most first: the patterns that become plans (a"
              + " fast testing lane for tea farmers).")
  @APIResponse(responseCode = "200", description = "Counts by place and category")
  @APIResponse(responseCode = "400", description = "Invalid dates or region code")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public List<RequestCounts> counts(
      @Parameter(
              description = "only requests from this region",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from")
          String from,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to")
          String to) {
    LocalDate today = LocalDate.now(org.shaodian.kernel.api.ShaodianTime.ZONE);
    LocalDate last = QueryParameters.date("to", to, today);
    LocalDate first = QueryParameters.date("from", from, last.minusDays(29));
    if (first.isAfter(last) || first.plusDays(366).isBefore(last)) {
      throw Problem.invalid("from", Text.of("起止日期须在一年之内", "within a year, from before to"));
    }
    return desk.counts(QueryParameters.region("region", region), first, last);
  }

  @GET
  @Path("{id}")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(operationId = "getCitizenRequest", summary = "诉求详情 — one request with its notes")
  @APIResponse(
      responseCode = "200",
      description = "The request; ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such request, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    return withTag(desk.get(parseId(id)));
  }

  @POST
  @Path("{id}/routing")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REQUEST_WRITE)
  @Operation(
      operationId = "routeCitizenRequest",
      summary = "改派 — route a request to another person who serves",
      description = "Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not work on requests")
  @APIResponse(
      responseCode = "404",
      description = "No such request or person, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Already resolved")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response routing(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RequestForms.Routing form) {
    UUID requestId = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    return withTag(desk.route(requestId, version, form.assignee()));
  }

  @POST
  @Path("{id}/acceptance")
  @GridAccess(GridPermission.REQUEST_WRITE)
  @Operation(
      operationId = "acceptCitizenRequest",
      summary = "受理 — the assignee takes the request on",
      description = "Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not work on requests")
  @APIResponse(
      responseCode = "404",
      description = "No such request, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Not a request just received")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response acceptance(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    UUID requestId = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    return withTag(desk.accept(requestId, version));
  }

  @POST
  @Path("{id}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REQUEST_WRITE)
  @Operation(
      operationId = "resolveCitizenRequest",
      summary = "办结 — how the request was answered",
      description = "Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not work on requests")
  @APIResponse(
      responseCode = "404",
      description = "No such request, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Not accepted yet, or resolved already")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response resolution(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RequestForms.Note form) {
    UUID requestId = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    return withTag(desk.resolve(requestId, version, form.text().strip()));
  }

  @POST
  @Path("{id}/callback")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REQUEST_WRITE)
  @Operation(
      operationId = "callBackCitizenRequest",
      summary = "回访 — the citizen's satisfaction, closing the request",
      description = "Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not work on requests")
  @APIResponse(
      responseCode = "404",
      description = "No such request, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Not resolved yet, or closed already")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response callback(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RequestForms.Callback form) {
    UUID requestId = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    return withTag(desk.callBack(requestId, version, form.satisfaction()));
  }

  @POST
  @Path("{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REQUEST_WRITE)
  @Operation(operationId = "noteCitizenRequest", summary = "办理记录 — a note on the work done")
  @APIResponse(
      responseCode = "200",
      description = "Noted; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = RequestView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not work on requests")
  @APIResponse(
      responseCode = "404",
      description = "No such request, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Closed already")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response notes(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Valid @NotNull RequestForms.Note form) {
    return withTag(desk.note(parseId(id), form.text().strip()));
  }

  private static Response withTag(RequestView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  private static UUID parseId(String id) {
    return PathIds.uuid(id, RequestDesk.REQUEST);
  }
}
