package org.shaodian.grids.internal.register;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.web.PathIds;

/** A grid's buildings and their dwellings, over REST (a grid's list: {@code /grids/{grid}}). */
@Path("buildings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grids")
public class BuildingResource {

  @Inject ResidentRegister register;

  @GET
  @Path("{id}")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "getBuilding",
      summary = "楼栋详情 — a building with its dwellings",
      description = "Its dwellings by unit and room, with how many residents live in each.")
  @APIResponse(
      responseCode = "200",
      description = "The building",
      content = @Content(schema = @Schema(implementation = BuildingView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such building, or outside the caller's jurisdiction")
  public BuildingView get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    return register.building(PathIds.uuid(id, ResidentRegister.BUILDING));
  }

  @POST
  @Path("{id}/dwellings")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REGISTER_WRITE)
  @Operation(operationId = "addDwelling", summary = "新增住户 — add a dwelling to a building")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = DwellingView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not keep the register")
  @APIResponse(
      responseCode = "404",
      description = "No such building, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The unit already has that room")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response addDwelling(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Valid @NotNull DwellingForm form) {
    DwellingView dwelling =
        register.addDwelling(PathIds.uuid(id, ResidentRegister.BUILDING), form.unit(), form.room());
    return Response.status(Response.Status.CREATED).entity(dwelling).build();
  }
}
