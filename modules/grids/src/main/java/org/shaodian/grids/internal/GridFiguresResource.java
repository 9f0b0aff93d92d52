package org.shaodian.grids.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.grids.api.GridFigures;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.web.QueryParameters;

/** The grids' daily figures over REST: what the briefing prints. */
@Path("grid-figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grids")
public class GridFiguresResource {

  @Inject GridFigures figures;

  @GET
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "getGridFigures",
      summary = "网格每日数据 — returnees, home management, visits and requests of a day",
      description =
          "Per place within a region: returnees registered that day and in the ledger, people"
              + " under each kind of home management, visits due and made, tests overdue,"
              + " requests received, resolved and overdue. For today: as of now.")
  @APIResponse(responseCode = "200", description = "The figures")
  @APIResponse(responseCode = "400", description = "Invalid region, or a day after today")
  @APIResponse(responseCode = "403", description = "The role may not read grids")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public GridFigures.DayFigures figures(
      @Parameter(
              description = "the region (default: the caller's jurisdiction)",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the day (default today)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("date")
          String date) {
    LocalDate day = QueryParameters.date("date", date, LocalDate.now(ShaodianTime.ZONE));
    return figures.onDay(QueryParameters.region("region", region), day);
  }
}
