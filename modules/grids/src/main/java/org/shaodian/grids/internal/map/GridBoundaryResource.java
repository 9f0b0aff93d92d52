package org.shaodian.grids.internal.map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.web.Versions;

/** A compound grid's boundary on the four-colour map, over REST: GeoJSON Polygon in and out. */
@Path("grids")
@RequestScoped
@Tag(name = "grids")
public class GridBoundaryResource {

  static final String GEO_JSON = "application/geo+json";

  private static final String ETAG = "ETag";

  @Inject BoundaryRegister boundaries;

  @GET
  @Path("{grid}/boundary")
  @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "getGridBoundary",
      summary = "网格边界 — a grid's boundary",
      description =
          "A GeoJSON Polygon (WGS-84), its outline counter-clockwise; the ETag is its version, to"
              + " send back in If-Match to redraw it.")
  @APIResponse(
      responseCode = "200",
      description = "The boundary",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = {
        @Content(mediaType = GEO_JSON, schema = @Schema(implementation = GeoJsonPolygon.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GeoJsonPolygon.class))
      })
  @APIResponse(responseCode = "400", description = "Invalid region code")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such grid, no boundary drawn yet, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(ref = "RegionCode")) @PathParam("grid") String grid) {
    BoundaryRegister.Drawn drawn = boundaries.boundary(RegionCode.parse("grid", grid));
    return Response.ok(GeoJson.of(drawn.area())).tag(Versions.etag(drawn.version())).build();
  }

  @PUT
  @Path("{grid}/boundary")
  @Consumes({GEO_JSON, MediaType.APPLICATION_JSON})
  @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
  @GridAccess(GridPermission.MAP_WRITE)
  @Operation(
      operationId = "drawGridBoundary",
      summary = "绘制网格边界 — draw or redraw a grid's boundary",
      description =
          "A GeoJSON Polygon in WGS-84: a valid polygon (not self-intersecting), inside China, not"
              + " overlapping the boundary of another grid of the same community (sharing an edge"
              + " is fine), and around every feature the grid has. A rule broken is a 400 naming"
              + " `coordinates`, and nothing changes. The first boundary of a grid is drawn"
              + " without If-Match (201); a new one replaces it over the ETag read (200).")
  @RequestBody(
      required = true,
      content = {
        @Content(mediaType = GEO_JSON, schema = @Schema(implementation = GeoJsonPolygon.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GeoJsonPolygon.class))
      })
  @APIResponse(
      responseCode = "200",
      description = "Redrawn; the ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = {
        @Content(mediaType = GEO_JSON, schema = @Schema(implementation = GeoJsonPolygon.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GeoJsonPolygon.class))
      })
  @APIResponse(
      responseCode = "201",
      description = "Drawn for the first time; the ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = {
        @Content(mediaType = GEO_JSON, schema = @Schema(implementation = GeoJsonPolygon.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GeoJsonPolygon.class))
      })
  @APIResponse(responseCode = "400", description = "Not a valid boundary (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not draw the map")
  @APIResponse(
      responseCode = "404",
      description = "No such grid, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description =
          "Someone drew the grid's first boundary meanwhile, or is changing the community's map"
              + " at this moment")
  @APIResponse(
      responseCode = "412",
      description =
          "Changed by someone else since the ETag was read, or If-Match sent for a grid without"
              + " a boundary (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(
      responseCode = "428",
      description = "If-Match missing, and the grid has a boundary to replace")
  public Response draw(
      @Parameter(schema = @Schema(ref = "RegionCode")) @PathParam("grid") String grid,
      @Parameter(
              name = HttpHeaders.IF_MATCH,
              in = ParameterIn.HEADER,
              description =
                  "the ETag of the boundary this one replaces; leave out to draw a grid's first",
              schema = @Schema(type = SchemaType.STRING, pattern = "^\"?[0-9]+\"?$"))
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @NotNull JsonObject body) {
    RegionCode code = RegionCode.parse("grid", grid);
    Long version = ifMatch == null ? null : Versions.fromIfMatch(ifMatch);
    MapLocation.Area area = (MapLocation.Area) GeoJson.read(body, "", false);
    BoundaryRegister.Drawn drawn = boundaries.draw(code, version, area);
    return Response.status(drawn.first() ? Response.Status.CREATED : Response.Status.OK)
        .tag(Versions.etag(drawn.version()))
        .entity(GeoJson.of(drawn.area()))
        .build();
  }
}
