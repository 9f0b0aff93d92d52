package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;

/** A person's absences, over REST. */
@Path("people/{person}/absences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class AbsenceResource {

  @Inject AbsenceBook absences;

  @GET
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "listAbsences",
      summary = "不可值守时段 — a person's absences",
      description =
          "Those that ended within the last 31 days and all to come. Only the command office"
              + " reads them: a reason may say something about the person's health.")
  @APIResponse(
      responseCode = "200",
      description = "The absences",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      maxItems = 1000,
                      implementation = AbsenceView.class)))
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such person, or outside the caller's jurisdiction")
  public List<AbsenceView> absences(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("person")
          String person) {
    return absences.of(personId(person));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "recordAbsence",
      summary = "登记不可值守 — record a period a person cannot serve",
      description = "At most 92 days. Duties the person holds in it must be released first.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = AbsenceView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such person, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The person holds duties in the period")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response record(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("person")
          String person,
      @Valid @NotNull AbsenceForm form) {
    UUID personId = personId(person);
    return Response.status(201).entity(absences.record(personId, form)).build();
  }

  @DELETE
  @Path("{absence}")
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(operationId = "withdrawAbsence", summary = "撤销不可值守 — withdraw an absence")
  @APIResponse(responseCode = "204", description = "Withdrawn")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such person or absence, or outside the caller's jurisdiction")
  public Response withdraw(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("person")
          String person,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("absence")
          String absence) {
    UUID personId = personId(person);
    absences.withdraw(personId, PathIds.uuid(absence, AbsenceBook.ABSENCE));
    return Response.noContent().build();
  }

  private static UUID personId(String id) {
    return PathIds.uuid(id, DutyRoster.PERSON);
  }
}
