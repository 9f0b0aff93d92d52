package org.shaodian.grids.internal.health;

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
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;

/** Home health management over REST: cases, their schedules and visits, what is overdue. */
@Path("home-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grids")
public class HomeCaseResource {

  private static final String ETAG = "ETag";

  @Inject HomeCaseBook cases;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.CASE_OPEN)
  @Operation(
      operationId = "openHomeCase",
      summary = "开始居家健康管理 — open a case of home isolation, observation or monitoring",
      description =
          "With the kind's schedule (home isolation: 14 days, a visit a day, tests on days 1, 4, 7"
              + " and 14) unless another is given. A person has at most one open case (409).")
  @APIResponse(
      responseCode = "201",
      description = "Opened",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the case's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = HomeCaseView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not open cases")
  @APIResponse(
      responseCode = "404",
      description = "No such place, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The person has a case open")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response open(@Valid @NotNull HomeCaseForms.Open form, @Context UriInfo uri) {
    HomeCaseView view = cases.openAndShow(form.toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .tag(Versions.etag(view.version()))
        .entity(view)
        .build();
  }

  @GET
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "listHomeCases",
      summary = "居家健康管理列表 — the cases of a jurisdiction",
      description = "By place and first day, each with how many visits and tests are overdue.")
  @APIResponse(responseCode = "200", description = "A page of cases")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<HomeCaseView> list(
      @Parameter(description = "only cases in this region", schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(implementation = HomeCaseKind.class)) @QueryParam("kind")
          String kind,
      @Parameter(
              description = "true for open cases, false for ended ones",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("open")
          String open,
      @BeanParam PageParameters paging) {
    return cases.list(
        QueryParameters.region("region", region),
        QueryParameters.oneOf("kind", kind, HomeCaseKind.class),
        QueryParameters.bool("open", open),
        paging.request());
  }

  @GET
  @Path("due")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "listHomeCaseVisitsDue",
      summary = "当日走访与检测 — what the open cases have due on a day",
      description =
          "The visits and tests the open cases have due on the day (today by default), each with"
              + " whether it is done: a grid worker's list for the day, by place.")
  @APIResponse(
      responseCode = "200",
      description = "What is due",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      maxItems = 5000,
                      implementation = DueView.class)))
  @APIResponse(responseCode = "400", description = "Invalid region or date")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public List<DueView> due(
      @Parameter(description = "only cases in this region", schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the day (Asia/Shanghai), default today",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("date")
          String date) {
    return cases.dueOn(
        QueryParameters.region("region", region), QueryParameters.date("date", date));
  }

  @GET
  @Path("overdue")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "listOverdueHomeCaseVisits",
      summary = "逾期走访与检测 — what is overdue, per grid worker",
      description =
          "The visits and tests of open cases due before today and not done, grouped by the grid"
              + " worker of the case's grid.")
  @APIResponse(responseCode = "200", description = "Per grid worker")
  @APIResponse(responseCode = "400", description = "Invalid region code")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public List<OverdueView> overdue(
      @Parameter(description = "only cases in this region", schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region) {
    return cases.overdue(QueryParameters.region("region", region));
  }

  @GET
  @Path("{id}")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "getHomeCase",
      summary = "居家健康管理详情 — a case with its schedule and visits")
  @APIResponse(
      responseCode = "200",
      description = "The case; ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = HomeCaseView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such case, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    HomeCaseView view = cases.get(parseId(id));
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/visits")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.CASE_WRITE)
  @Operation(operationId = "recordHomeCaseVisit", summary = "登记走访 — record a visit")
  @APIResponse(
      responseCode = "201",
      description = "Recorded (what was found masked)",
      content = @Content(schema = @Schema(implementation = HomeCaseView.VisitView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not record visits")
  @APIResponse(
      responseCode = "404",
      description = "No such case, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "The case has ended, or that day's visit is recorded already")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response visit(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Valid @NotNull HomeCaseForms.Visit form) {
    return Response.status(Response.Status.CREATED).entity(cases.visit(parseId(id), form)).build();
  }

  @POST
  @Path("{id}/extension")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.CASE_WRITE)
  @Operation(
      operationId = "extendHomeCase",
      summary = "延长管理 — extend a case, for a reason",
      description = "Send the ETag in If-Match. At most 60 days in all.")
  @APIResponse(
      responseCode = "200",
      description = "Extended; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = HomeCaseView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change cases")
  @APIResponse(
      responseCode = "404",
      description = "No such case, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The case is over")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response extend(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull HomeCaseForms.Extension form) {
    UUID caseId = parseId(id);
    HomeCaseView view =
        cases.extend(caseId, Versions.fromIfMatch(ifMatch), form.days(), form.reason().strip());
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/ending")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.CASE_WRITE)
  @Operation(
      operationId = "endHomeCase",
      summary = "提前结束 — end a case early, for a reason",
      description = "Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Ended; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = HomeCaseView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change cases")
  @APIResponse(
      responseCode = "404",
      description = "No such case, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The case is over")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response end(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull HomeCaseForms.Ending form) {
    UUID caseId = parseId(id);
    HomeCaseView view =
        cases.end(caseId, Versions.fromIfMatch(ifMatch), form.endedOn(), form.reason().strip());
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  private static UUID parseId(String id) {
    return PathIds.uuid(id, HomeCaseBook.CASE);
  }
}
