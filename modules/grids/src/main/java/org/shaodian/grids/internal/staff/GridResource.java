package org.shaodian.grids.internal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.shaodian.grids.internal.register.BuildingForm;
import org.shaodian.grids.internal.register.BuildingView;
import org.shaodian.grids.internal.register.ResidentRegister;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;

/** The grids, their staff and their buildings, over REST. */
@Path("grids")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grids")
public class GridResource {

  @Inject GridStaffing staffing;

  @Inject ResidentRegister register;

  @GET
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "listGrids",
      summary = "网格列表 — the grids of a jurisdiction",
      description =
          "The compound grids within the caller's jurisdiction, optionally narrowed to a region (a"
              + " community, a town), in tree order, each with its staff and the size of its"
              + " register.")
  @APIResponse(responseCode = "200", description = "The grids")
  @APIResponse(responseCode = "400", description = "Invalid region code")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public List<GridView> list(
      @Parameter(
              description = "only grids within this region",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region) {
    return staffing.grids(QueryParameters.region("region", region));
  }

  @GET
  @Path("{grid}")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(operationId = "getGrid", summary = "网格详情 — one grid with its staff")
  @APIResponse(
      responseCode = "200",
      description = "The grid",
      content = @Content(schema = @Schema(implementation = GridView.class)))
  @APIResponse(responseCode = "400", description = "Invalid region code")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such grid, or outside the caller's jurisdiction")
  public GridView get(
      @Parameter(schema = @Schema(ref = "RegionCode")) @PathParam("grid") String grid) {
    return staffing.grid(RegionCode.parse("grid", grid));
  }

  @POST
  @Path("{grid}/staff")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.STAFF_WRITE)
  @Operation(
      operationId = "appointGridStaff",
      summary = "任命网格力量 — appoint a person to a role in a grid",
      description =
          "The person is one of the people who serve (rosters). A grid has one grid leader, a"
              + " building one building head, a unit one corridor head; the other roles are"
              + " shared.")
  @APIResponse(
      responseCode = "201",
      description = "Appointed",
      content = @Content(schema = @Schema(implementation = StaffView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not appoint grid staff")
  @APIResponse(
      responseCode = "404",
      description = "No such grid or person, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "The person already holds the role there, or the post is taken")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response appoint(
      @Parameter(schema = @Schema(ref = "RegionCode")) @PathParam("grid") String grid,
      @Valid @NotNull StaffForm form) {
    StaffView staff = staffing.appoint(RegionCode.parse("grid", grid), form);
    return Response.status(Response.Status.CREATED).entity(staff).build();
  }

  @DELETE
  @Path("{grid}/staff/{id}")
  @GridAccess(GridPermission.STAFF_WRITE)
  @Operation(operationId = "relieveGridStaff", summary = "卸任 — relieve a person of a grid role")
  @APIResponse(responseCode = "204", description = "Relieved")
  @APIResponse(responseCode = "400", description = "Invalid region code")
  @APIResponse(responseCode = "403", description = "The role may not appoint grid staff")
  @APIResponse(
      responseCode = "404",
      description = "No such grid or appointment, or outside the caller's jurisdiction")
  public Response relieve(
      @Parameter(schema = @Schema(ref = "RegionCode")) @PathParam("grid") String grid,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    staffing.relieve(RegionCode.parse("grid", grid), PathIds.uuid(id, GridStaffing.STAFF));
    return Response.noContent().build();
  }

  @GET
  @Path("{grid}/buildings")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "listBuildings",
      summary = "楼栋列表 — a grid's buildings",
      description = "By name, with how many dwellings and residents each has.")
  @APIResponse(responseCode = "200", description = "A page of buildings")
  @APIResponse(responseCode = "400", description = "Invalid region code or paging")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such grid, or outside the caller's jurisdiction")
  public Page<BuildingView> buildings(
      @Parameter(schema = @Schema(ref = "RegionCode")) @PathParam("grid") String grid,
      @BeanParam PageParameters paging) {
    return register.buildings(RegionCode.parse("grid", grid), paging.request());
  }

  @POST
  @Path("{grid}/buildings")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REGISTER_WRITE)
  @Operation(operationId = "addBuilding", summary = "新增楼栋 — add a building to a grid")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      headers =
          @Header(
              name = "Location",
              required = true,
              description = "the building's address",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = BuildingView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not keep the register")
  @APIResponse(
      responseCode = "404",
      description = "No such grid, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The grid has a building of that name")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response addBuilding(
      @Parameter(schema = @Schema(ref = "RegionCode")) @PathParam("grid") String grid,
      @Valid @NotNull BuildingForm form,
      @Context UriInfo uri) {
    BuildingView building = register.addBuilding(RegionCode.parse("grid", grid), form.name());
    return Response.created(
            uri.getBaseUriBuilder().path("buildings").path(building.id().toString()).build())
        .entity(building)
        .build();
  }
}
