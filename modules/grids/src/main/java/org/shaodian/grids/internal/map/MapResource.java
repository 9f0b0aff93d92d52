package org.shaodian.grids.internal.map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;

/**
 * The four-colour grid map over REST: the map of a region as GeoJSON, and its features, placed,
 * moved and taken off by the command office. (Its boundaries: {@code /grids/{grid}/boundary}; its
 * images: {@code /map.png}, {@code /map.svg}.)
 */
@Path("map")
@RequestScoped
@Tag(name = "grids")
public class MapResource {

  private static final String ETAG = "ETag";

  @Inject FourColourMap map;

  @Inject FeatureRegister features;

  @Inject CurrentLanguage language;

  @GET
  @Produces({GridBoundaryResource.GEO_JSON, MediaType.APPLICATION_JSON})
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "getMap",
      summary = "四色网格图 — the four-colour grid map of a region, as GeoJSON",
      description =
          "An RFC 7946 FeatureCollection that any map client draws: the boundaries of the grids"
              + " (kind boundary) and the features (kind feature: red supply points, yellow"
              + " checkpoints, green testing points, white restricted passages) within the"
              + " region, or the caller's whole jurisdiction, with their names and what their"
              + " colours mean in the caller's language. At most 2,000 boundaries and 5,000"
              + " features: a larger region is a 400.")
  @APIResponse(
      responseCode = "200",
      description = "The map",
      content = {
        @Content(
            mediaType = GridBoundaryResource.GEO_JSON,
            schema = @Schema(implementation = MapCollection.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MapCollection.class))
      })
  @APIResponse(responseCode = "400", description = "Invalid region code, or too much in the region")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public MapCollection map(
      @Parameter(
              description = "the map of this region (a town, a community, a grid)",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region) {
    MapContent content = map.of(QueryParameters.region("region", region));
    return MapCollection.of(content, language.get());
  }

  @POST
  @Path("features")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.MAP_WRITE)
  @Operation(
      operationId = "placeMapFeature",
      summary = "标注要素 — place a feature on the map",
      description =
          "A supply point, checkpoint, testing point or restricted passage of a grid, a community"
              + " or a town: inside China, and within the grid's boundary when it belongs to a"
              + " grid that has one.")
  @APIResponse(
      responseCode = "201",
      description = "Placed",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the feature's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = FeatureView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not draw the map")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response place(@Valid @NotNull MapFeatureForm form, @Context UriInfo uri) {
    FeatureView feature = FeatureView.of(features.add(form.toDetails()), language.get());
    return Response.created(uri.getAbsolutePathBuilder().path(feature.id().toString()).build())
        .tag(Versions.etag(feature.version()))
        .entity(feature)
        .build();
  }

  @GET
  @Path("features/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(operationId = "getMapFeature", summary = "要素详情 — one feature of the map")
  @APIResponse(
      responseCode = "200",
      description = "The feature; ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = FeatureView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such feature, or outside the caller's jurisdiction")
  public Response feature(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    FeatureView feature = FeatureView.of(features.feature(parseId(id)), language.get());
    return Response.ok(feature).tag(Versions.etag(feature.version())).build();
  }

  @PUT
  @Path("features/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.MAP_WRITE)
  @Operation(
      operationId = "changeMapFeature",
      summary = "修改要素 — move or change a feature",
      description =
          "By the same rules as placing it. Send the ETag you read in If-Match. A feature that"
              + " another module keeps (it names its source) is changed there: 409 here.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = FeatureView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not draw the map")
  @APIResponse(
      responseCode = "404",
      description = "No such feature or region, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The feature is kept by another module")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response change(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull MapFeatureForm form) {
    UUID featureId = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    FeatureView feature =
        FeatureView.of(features.change(featureId, version, form.toDetails()), language.get());
    return Response.ok(feature).tag(Versions.etag(feature.version())).build();
  }

  @DELETE
  @Path("features/{id}")
  @GridAccess(GridPermission.MAP_WRITE)
  @Operation(
      operationId = "removeMapFeature",
      summary = "删除要素 — take a feature off the map",
      description = "Send the ETag in If-Match. A feature another module keeps is removed there.")
  @APIResponse(responseCode = "204", description = "Taken off the map")
  @APIResponse(responseCode = "403", description = "The role may not draw the map")
  @APIResponse(
      responseCode = "404",
      description = "No such feature, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The feature is kept by another module")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response remove(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    UUID featureId = parseId(id);
    features.remove(featureId, Versions.fromIfMatch(ifMatch));
    return Response.noContent().build();
  }

  private static UUID parseId(String id) {
    return PathIds.uuid(id, FeatureRegister.FEATURE);
  }
}
