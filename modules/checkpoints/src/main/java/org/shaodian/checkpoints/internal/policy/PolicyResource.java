package org.shaodian.checkpoints.internal.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.checkpoints.internal.CheckpointAccess;
import org.shaodian.checkpoints.internal.CheckpointPermission;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;

/**
 * Screening policy over REST: versions issued per region with their effective time, read with those
 * inherited from above, the one in force for a place at a time, and a trial judgement of a
 * traveller's checks that records nothing.
 */
@Path("screening-policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "checkpoints")
public class PolicyResource {

  private static final String ETAG = "ETag";

  @Inject PolicyBook book;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.POLICY_WRITE)
  @Operation(
      operationId = "issueScreeningPolicy",
      summary = "发布筛查政策版本 — issue a version of a region's screening policy",
      description =
          "It takes effect at effectiveFrom (from 5 minutes ago to a year ahead), without a"
              + " restart, for the region and every place below it that has no version of its"
              + " own; versions are never changed: issue another to change the rules.")
  @APIResponse(
      responseCode = "201",
      description = "Issued",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the version's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = PolicyVersionView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid fields (see errors): an effective time in the past or over a year ahead, days"
              + " or hours out of range, a division code that is none, a test time without"
              + " regions")
  @APIResponse(responseCode = "403", description = "The role may not issue screening policy")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "The region has a version taking effect at that very time")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response issue(@Valid @NotNull PolicyForms.Issue form, @Context UriInfo uri) {
    PolicyVersionView view = book.issue(form);
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .tag(Versions.etag(view.version()))
        .entity(view)
        .build();
  }

  @GET
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(
      operationId = "listScreeningPolicies",
      summary = "筛查政策版本列表 — the versions of a region's screening policy",
      description =
          "The region's own versions, newest first; with inherited=true also those of the regions"
              + " above it (nearest first), which apply where the region has none in force.")
  @APIResponse(responseCode = "200", description = "A page of versions")
  @APIResponse(responseCode = "400", description = "Invalid region, flag or paging")
  @APIResponse(responseCode = "403", description = "The role may not read checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<PolicyVersionView> list(
      @Parameter(
              description = "the region (default: the caller's jurisdiction)",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "true: the versions of the regions above it too",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("inherited")
          String inherited,
      @BeanParam PageParameters paging) {
    return book.list(
        QueryParameters.region("region", region),
        Boolean.TRUE.equals(QueryParameters.bool("inherited", inherited)),
        paging.request());
  }

  @GET
  @Path("in-force")
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(
      operationId = "getScreeningPolicyInForce",
      summary = "生效中的筛查政策 — the version in force for a place at a time",
      description =
          "The place's own latest version effective at that time, or else the nearest region's"
              + " above it (inherited: true, and the policy's region says which).")
  @APIResponse(
      responseCode = "200",
      description = "The version in force",
      content = @Content(schema = @Schema(implementation = PolicyInForceView.class)))
  @APIResponse(responseCode = "400", description = "Invalid region or time")
  @APIResponse(responseCode = "403", description = "The role may not read checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "No version is in force for the place at that time, nor above it")
  public PolicyInForceView inForce(
      @Parameter(
              required = true,
              description = "the place (a checkpoint's region)",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the time (default: now), e.g. 2026-12-01T08:15:00+08:00",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("at")
          String at) {
    if (region == null || region.isBlank()) {
      throw Problem.invalid("region", Text.of("须给出地区", "is required"));
    }
    RegionCode place = RegionCode.parse("region", region);
    OffsetDateTime when = QueryParameters.instant("at", at);
    return book.inForceAt(place, when == null ? null : when.toInstant());
  }

  @POST
  @Path("judgement")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(
      operationId = "judgeByScreeningPolicy",
      summary = "按筛查政策试判 — what the policy in force says of a traveller's checks",
      description =
          "PASS, TEST_ON_SITE or REFER (not released: the staff decide), with every reason, by the"
              + " policy in force for the place at the time (default now). Nothing is recorded or"
              + " logged: for the tablets and for trying a policy out.")
  @APIResponse(
      responseCode = "200",
      description = "The judgement and the version that made it",
      content = @Content(schema = @Schema(implementation = JudgementView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not read checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "No version is in force for the place at that time, nor above it")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public JudgementView judge(@Valid @NotNull PolicyForms.Judge form) {
    return book.judge(form);
  }

  @GET
  @Path("{id}")
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(
      operationId = "getScreeningPolicy",
      summary = "筛查政策版本 — one version",
      description = "Of a region in the caller's jurisdiction or above it.")
  @APIResponse(
      responseCode = "200",
      description = "The version; ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PolicyVersionView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such version, or of a region neither in nor above the jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    PolicyVersionView view = book.get(PathIds.uuid(id, PolicyBook.POLICY));
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
