package org.shaodian.grids.internal.map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.web.QueryParameters;

/**
 * The four-colour map drawn: {@code /map.png} and {@code /map.svg}, one address per format, so that
 * a page's {@code <img>} or a briefing links the one it wants whatever the Accept header says, and
 * each operation documents exactly what it sends.
 */
@Path("")
@RequestScoped
@Tag(name = "grids")
public class MapImageResource {

  @Inject FourColourMap map;

  @Inject CurrentLanguage language;

  @GET
  @Path("map.png")
  @Produces(MapImages.PNG)
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "drawMapPng",
      summary = "四色网格图(PNG)— the four-colour grid map of a region, drawn",
      description =
          "The grid boundaries with their names and the features in their colours (white ones"
              + " outlined), to scale, with a title, a scale bar and a Chinese legend (English"
              + " with lang=en). width × ¾width pixels.")
  @APIResponse(
      responseCode = "200",
      description = "The map as PNG",
      content =
          @Content(
              mediaType = MapImages.PNG,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid region code or width, or too much in the region")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Response png(
      @Parameter(
              description = "the map of this region (a town, a community, a grid)",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the image's width in pixels (its height is three quarters of it)",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "" + MapImages.MIN_WIDTH,
                      maximum = "" + MapImages.MAX_WIDTH,
                      defaultValue = "" + MapImages.DEFAULT_WIDTH))
          @QueryParam("width")
          String width) {
    int pixels = width(width);
    MapContent content = map.of(QueryParameters.region("region", region));
    return Response.ok(MapImages.png(content, language.get(), pixels), MapImages.PNG).build();
  }

  @GET
  @Path("map.svg")
  @Produces(MapImages.SVG)
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "drawMapSvg",
      summary = "四色网格图(SVG)— the four-colour grid map of a region, drawn",
      description =
          "The same drawing as the PNG, as SVG: its text is text, in the Noto Sans SC family"
              + " (with the usual Chinese fonts after it).")
  @APIResponse(
      responseCode = "200",
      description = "The map as SVG",
      content =
          @Content(
              mediaType = MapImages.SVG,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid region code or width, or too much in the region")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Response svg(
      @Parameter(
              description = "the map of this region (a town, a community, a grid)",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the drawing's width in pixels (its height is three quarters of it)",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "" + MapImages.MIN_WIDTH,
                      maximum = "" + MapImages.MAX_WIDTH,
                      defaultValue = "" + MapImages.DEFAULT_WIDTH))
          @QueryParam("width")
          String width) {
    int pixels = width(width);
    MapContent content = map.of(QueryParameters.region("region", region));
    return Response.ok(MapImages.svg(content, language.get(), pixels), MapImages.SVG).build();
  }

  private static int width(String width) {
    Integer pixels = QueryParameters.integer("width", width);
    if (pixels == null) {
      return MapImages.DEFAULT_WIDTH;
    }
    if (pixels < MapImages.MIN_WIDTH || pixels > MapImages.MAX_WIDTH) {
      throw Problem.invalid(
          "width",
          Text.of(
              "宽度须在 " + MapImages.MIN_WIDTH + " 至 " + MapImages.MAX_WIDTH + " 像素之间",
              "must be " + MapImages.MIN_WIDTH + " to " + MapImages.MAX_WIDTH + " pixels"));
    }
    return pixels;
  }
}
