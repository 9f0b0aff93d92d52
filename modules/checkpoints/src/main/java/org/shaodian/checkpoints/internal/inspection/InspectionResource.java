package org.shaodian.checkpoints.internal.inspection;

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
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.internal.CheckpointAccess;
import org.shaodian.checkpoints.internal.CheckpointPermission;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.personal.TestOutcome;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;

/**
 * Inspections over REST: one as the tablet records it, or a device's batch of those recorded
 * offline; each stored once however often it is sent; read back masked.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "checkpoints")
public class InspectionResource {

  @Inject InspectionIntake intake;

  @Inject InspectionDesk desk;

  @Inject CurrentLanguage language;

  @POST
  @Path("inspections")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.INSPECT)
  @Operation(
      operationId = "recordInspection",
      summary = "登记查验 — record one inspection",
      description =
          "Judged by the screening policy in force; a hand-over to home management opens the"
              + " traveller's returnee-ledger entry and home case in the destination grid in the"
              + " same transaction (refused there: not stored either). Sending it again answers 200"
              + " with what was stored.")
  @APIResponse(
      responseCode = "201",
      description = "Stored",
      headers =
          @Header(
              name = "Location",
              required = true,
              description = "the inspection's address",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = InspectionView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Stored before (the same content): nothing new",
      content = @Content(schema = @Schema(implementation = InspectionView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid fields, steps out of order or in the future, an outcome the policy"
              + " does not allow, a recorder not on duty, a destination the grid refuses")
  @APIResponse(responseCode = "403", description = "The role may not record inspections")
  @APIResponse(
      responseCode = "404",
      description = "No such checkpoint or destination, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description =
          "A closed or suspended checkpoint or lane, no policy in force, or another"
              + " inspection under the same id")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response record(@NotNull InspectionForms.Item form, @Context UriInfo uri) {
    // validated by the intake, as each item of a batch is (not twice: @Valid here as well)
    InspectionDesk.ItemResult result = intake.receive(null, List.of(form)).get(0);
    if (result.fate() == InspectionDesk.Fate.REJECTED) {
      throw result.problem();
    }
    InspectionView view = result.stored() != null ? result.stored() : desk.get(form.id());
    return (result.fate() == InspectionDesk.Fate.STORED
            ? Response.created(
                uri.getBaseUriBuilder().path("inspections").path(form.id().toString()).build())
            : Response.ok())
        .entity(view)
        .build();
  }

  @POST
  @Path("inspection-batches")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.INSPECT)
  @Operation(
      operationId = "uploadInspectionBatch",
      summary = "离线批量上传 — a device's inspections recorded offline",
      description =
          "Up to 1,000 inspections, each with the device's id: each is stored once however often"
              + " the batch is sent (also by two servers at once), and answered on its own —"
              + " stored, duplicate, or rejected with its problem; one bad item does not sink the"
              + " others. One audit entry lists the batch.")
  @APIResponse(
      responseCode = "200",
      description = "Each item's result, in the order sent",
      content = @Content(schema = @Schema(implementation = InspectionResults.class)))
  @APIResponse(
      responseCode = "400",
      description = "Not a batch: no items, more than 1,000, or a body that cannot be read")
  @APIResponse(responseCode = "403", description = "The role may not record inspections")
  @APIResponse(responseCode = "413", description = "The body is larger than the limit")
  public InspectionResults batch(@Valid @NotNull InspectionForms.Batch form) {
    UUID batch = UUID.randomUUID();
    return InspectionResults.of(batch, intake.receive(batch, form.items()), language.get());
  }

  @GET
  @Path("inspections")
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(
      operationId = "listInspections",
      summary = "查验记录 — the inspections of a jurisdiction, masked",
      description = "By checkpoint, duty day and outcome; in the order recorded.")
  @APIResponse(responseCode = "200", description = "A page of inspections")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<InspectionView> list(
      @Parameter(
              description = "only inspections within this region",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @QueryParam("checkpoint")
          String checkpoint,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("day")
          String day,
      @Parameter(schema = @Schema(implementation = DivertOutcome.class)) @QueryParam("outcome")
          String outcome,
      @BeanParam PageParameters paging) {
    return desk.list(
        QueryParameters.region("region", region),
        QueryParameters.uuid("checkpoint", checkpoint),
        day == null ? null : QueryParameters.date("day", day),
        QueryParameters.oneOf("outcome", outcome, DivertOutcome.class),
        paging.request());
  }

  @GET
  @Path("inspections/{id}")
  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  @Operation(operationId = "getInspection", summary = "查验详情 — one inspection, masked")
  @APIResponse(
      responseCode = "200",
      description = "The inspection",
      content = @Content(schema = @Schema(implementation = InspectionView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read checkpoints")
  @APIResponse(
      responseCode = "404",
      description = "No such inspection, or outside the caller's jurisdiction")
  public InspectionView get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    return desk.get(PathIds.uuid(id, InspectionDesk.INSPECTION));
  }

  @POST
  @Path("inspections/{id}/test-result")
  @Consumes(MediaType.APPLICATION_JSON)
  @CheckpointAccess(CheckpointPermission.INSPECT)
  @Operation(
      operationId = "recordInspectionTestResult",
      summary = "现场检测结果 — the result of the test taken on site")
  @APIResponse(
      responseCode = "200",
      description = "Recorded",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = InspectionView.class)))
  @APIResponse(responseCode = "400", description = "Not a known result")
  @APIResponse(responseCode = "403", description = "The role may not record inspections")
  @APIResponse(
      responseCode = "404",
      description = "No such inspection, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Not an inspection tested on site")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response testResult(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Valid @NotNull InspectionForms.TestResult form) {
    if (!TestOutcome.isValid(form.outcome())) {
      throw Problem.invalid(
          "outcome",
          org.shaodian.kernel.api.i18n.Text.of(
              "须为 NEGATIVE、POSITIVE 或 PENDING", "NEGATIVE, POSITIVE or PENDING"));
    }
    InspectionView view =
        desk.testResult(
            PathIds.uuid(id, InspectionDesk.INSPECTION), TestOutcome.of(form.outcome()));
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
