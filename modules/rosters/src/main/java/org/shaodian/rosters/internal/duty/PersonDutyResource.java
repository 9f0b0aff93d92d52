package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.rosters.api.DutyView;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;

/** A person's duties, over REST. */
@Path("people/{person}/duties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class PersonDutyResource {

  @Inject DutyRoster roster;

  @Inject Clock clock;

  @GET
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(
      operationId = "listPersonDuties",
      summary = "个人值班表 — a person's duties",
      description = "From one day to another (at most 31 days), in the order they start.")
  @APIResponse(
      responseCode = "200",
      description = "The duties",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      maxItems = 1000,
                      implementation = DutyView.class)))
  @APIResponse(responseCode = "400", description = "Invalid dates")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such person, or outside the caller's jurisdiction")
  public List<DutyView> duties(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("person")
          String person,
      @Parameter(
              description = "first day; today (Asia/Shanghai) when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "last day, included; six days after the first when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to) {
    UUID personId = personId(person);
    LocalDate first = QueryParameters.date("from", from);
    first = first == null ? LocalDate.now(clock.withZone(ShaodianTime.ZONE)) : first;
    LocalDate last = QueryParameters.date("to", to);
    return roster.dutiesOf(personId, first, last == null ? first.plusDays(6) : last);
  }

  private static UUID personId(String id) {
    return PathIds.uuid(id, DutyRoster.PERSON);
  }
}
