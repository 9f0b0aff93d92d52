package org.shaodian.grids.internal.ledger;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.personal.RevealForm;
import org.shaodian.kernel.api.personal.RevealedValue;
import org.shaodian.kernel.api.personal.TestOutcome;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;

/** The returnee ledger over REST: ID numbers, phones, travel and test outcomes masked. */
@Path("returnees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grids")
public class ReturneeResource {

  @Inject ReturneeBook ledger;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.LEDGER_WRITE)
  @Operation(
      operationId = "registerReturnee",
      summary = "返乡人员登记 — register a returnee",
      description =
          "Door to door (or from a citizen's request). One person is one entry: a person already"
              + " in the ledger, by ID number, is not added again — this source joins their entry"
              + " (200), filling what it lacked.")
  @APIResponse(
      responseCode = "201",
      description = "A new entry",
      headers =
          @Header(
              name = "Location",
              required = true,
              description = "the entry's address",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = ReturneeView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The person was in the ledger already: the entry, with this source added",
      content = @Content(schema = @Schema(implementation = ReturneeView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not register returnees")
  @APIResponse(
      responseCode = "404",
      description = "No such place to stay, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "Registered at the same moment by another source: send it again")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response register(@Valid @NotNull ReturneeForm form, @Context UriInfo uri) {
    ReturneeBook.Shown shown = ledger.registerAndShow(form.toDetails(), form.sourceOrDefault());
    return shown.newEntry()
        ? Response.created(uri.getAbsolutePathBuilder().path(shown.view().id().toString()).build())
            .entity(shown.view())
            .build()
        : Response.ok(shown.view()).build();
  }

  @GET
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "listReturnees",
      summary = "返乡人员台账 — the returnee ledger",
      description = "Within the caller's jurisdiction, by place and arrival; personal data masked.")
  @APIResponse(responseCode = "200", description = "A page of entries")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read the ledger")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<ReturneeView> list(
      @Parameter(
              description = "only entries staying in this region",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "arrived on or after",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "arrived on or before",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @Parameter(
              description = "only those who came through a risk area (true) or did not (false)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("riskArea")
          String riskArea,
      @Parameter(
              description = "part of the name",
              schema = @Schema(type = SchemaType.STRING, maxLength = 50))
          @QueryParam("q")
          String nameContains,
      @BeanParam PageParameters paging) {
    return ledger.list(
        QueryParameters.region("region", region),
        QueryParameters.date("from", from),
        QueryParameters.date("to", to),
        QueryParameters.bool("riskArea", riskArea),
        QueryParameters.text("q", nameContains),
        paging.request());
  }

  @GET
  @Path("{id}")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(operationId = "getReturnee", summary = "返乡人员详情 — one entry with its sources and tests")
  @APIResponse(
      responseCode = "200",
      description = "The entry",
      content = @Content(schema = @Schema(implementation = ReturneeView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read the ledger")
  @APIResponse(
      responseCode = "404",
      description = "No such entry, or outside the caller's jurisdiction")
  public ReturneeView get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    return ledger.get(parseId(id));
  }

  @POST
  @Path("{id}/tests")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.LEDGER_WRITE)
  @Operation(operationId = "recordReturneeTest", summary = "登记检测结果 — record a test a returnee took")
  @APIResponse(
      responseCode = "201",
      description = "Recorded (the outcome masked)",
      content = @Content(schema = @Schema(implementation = ReturneeView.TestView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not record tests")
  @APIResponse(
      responseCode = "404",
      description = "No such entry, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response recordTest(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Valid @NotNull TestForm form) {
    ReturneeView.TestView test =
        ledger.recordTest(parseId(id), form.takenOn(), form.kind(), TestOutcome.of(form.outcome()));
    return Response.status(Response.Status.CREATED).entity(test).build();
  }

  @POST
  @Path("{id}/travel/reveal")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REGISTER_REVEAL)
  @Operation(
      operationId = "revealReturneeTravel",
      summary = "查看完整行程 — a returnee's travel, for a stated reason",
      description = "Recorded and audited, listed to officials; never cached; counted per hour.")
  @APIResponse(
      responseCode = "200",
      description = "The full travel history",
      content = @Content(schema = @Schema(implementation = RevealedValue.class)))
  @APIResponse(responseCode = "400", description = "No reason given (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not see full values")
  @APIResponse(
      responseCode = "404",
      description = "No such entry, no travel recorded, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(
      responseCode = "429",
      description = "Too many full values within the hour: refused and flagged")
  public RevealedValue revealTravel(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Valid @NotNull RevealForm form) {
    return ledger.reveal(parseId(id), "travel", form.reason());
  }

  private static UUID parseId(String id) {
    return PathIds.uuid(id, ReturneeBook.RETURNEE);
  }
}
