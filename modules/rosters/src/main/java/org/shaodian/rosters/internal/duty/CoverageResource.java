package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.rosters.api.Coverage;
import org.shaodian.rosters.api.CoverageService;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;

/** Coverage of a region's posts, over REST. */
@Path("coverage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class CoverageResource {

  @Inject CoverageService coverage;

  @Inject Clock clock;

  @GET
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(
      operationId = "getCoverage",
      summary = "值守覆盖 — seats filled, open and no-show, per post and shift",
      description =
          "For a region's open posts on a day (every shift starting that day) or at a moment"
              + " (the shifts running then), counted as of now. Give date or at, not both; today"
              + " when neither.")
  @APIResponse(
      responseCode = "200",
      description = "The coverage",
      content = @Content(schema = @Schema(implementation = Coverage.class)))
  @APIResponse(responseCode = "400", description = "Invalid region, date or time")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Coverage get(
      @Parameter(
              description = "the region; the caller's jurisdiction when left out",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date")
          String date,
      @Parameter(
              description = "a moment, with its offset",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("at")
          String at) {
    RegionCode code = QueryParameters.region("region", region);
    LocalDate day = QueryParameters.date("date", date);
    OffsetDateTime moment = QueryParameters.instant("at", at);
    if (day != null && moment != null) {
      throw Problem.invalid("at", Text.of("日期和时刻只能给一个", "give date or at, not both"));
    }
    if (moment != null) {
      return coverage.at(code, moment.toInstant());
    }
    return coverage.onDay(
        code, day == null ? LocalDate.now(clock.withZone(ShaodianTime.ZONE)) : day);
  }
}
