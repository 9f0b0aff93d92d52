package org.shaodian.rosters.internal.supervision;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.FindingState;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;

/** Supervision findings (纪工委巡查), over REST. */
@Path("findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class FindingResource {

  private static final String ETAG = "ETag";

  @Inject FindingBook findings;

  @GET
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(
      operationId = "listFindings",
      summary = "巡查问题 — supervision findings",
      description = "Within the caller's jurisdiction, the latest first.")
  @APIResponse(responseCode = "200", description = "A page of findings")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<FindingView> list(
      @Parameter(description = "only findings in this region", schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(implementation = FindingState.class)) @QueryParam("state")
          String state,
      @BeanParam PageParameters paging) {
    return findings.list(
        QueryParameters.region("region", region),
        QueryParameters.oneOf("state", state, FindingState.class),
        paging.request());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.FINDING_RECORD)
  @Operation(operationId = "recordFinding", summary = "记录巡查问题 — record a finding at a post")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the finding's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = FindingView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not record findings")
  @APIResponse(
      responseCode = "404",
      description = "No such post, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response record(@Valid @NotNull FindingForm form, @Context UriInfo uri) {
    FindingView finding = findings.record(form);
    return Response.created(uri.getAbsolutePathBuilder().path(finding.id().toString()).build())
        .tag(Versions.etag(finding.version()))
        .entity(finding)
        .build();
  }

  @GET
  @Path("{id}")
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(operationId = "getFinding", summary = "巡查问题详情 — one finding")
  @APIResponse(
      responseCode = "200",
      description = "The finding; ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = FindingView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such finding, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    FindingView finding = findings.get(findingId(id));
    return Response.ok(finding).tag(Versions.etag(finding.version())).build();
  }

  @POST
  @Path("{id}/rectification")
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.FINDING_RECTIFY)
  @Operation(
      operationId = "rectifyFinding",
      summary = "整改 — the command office records how a finding was put right",
      description = "Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Rectified; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = FindingView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not rectify findings")
  @APIResponse(
      responseCode = "404",
      description = "No such finding, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Not open")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response rectify(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RectificationForm form) {
    UUID findingId = findingId(id);
    FindingView finding = findings.rectify(findingId, Versions.fromIfMatch(ifMatch), form);
    return Response.ok(finding).tag(Versions.etag(finding.version())).build();
  }

  @POST
  @Path("{id}/closure")
  @RosterAccess(RosterPermission.FINDING_RECORD)
  @Operation(
      operationId = "closeFinding",
      summary = "销号 — supervision closes a rectified finding",
      description = "Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Closed; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = FindingView.class)))
  @APIResponse(responseCode = "403", description = "The role may not close findings")
  @APIResponse(
      responseCode = "404",
      description = "No such finding, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Not rectified yet")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response close(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    UUID findingId = findingId(id);
    FindingView finding = findings.close(findingId, Versions.fromIfMatch(ifMatch));
    return Response.ok(finding).tag(Versions.etag(finding.version())).build();
  }

  private static UUID findingId(String id) {
    return PathIds.uuid(id, FindingBook.FINDING);
  }
}
