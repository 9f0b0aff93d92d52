package org.shaodian.rosters.internal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.PeopleQuery;
import org.shaodian.rosters.api.PeopleService;
import org.shaodian.rosters.api.PersonView;
import org.shaodian.rosters.api.Qualification;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;

/** The people who serve, over REST. */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class PeopleResource {

  @Inject PeopleService people;

  @GET
  @Operation(
      summary = "人员列表 — list the people who serve",
      description = "Within the caller's jurisdiction, optionally narrowed to a region; paged.")
  @APIResponse(responseCode = "200", description = "A page of people")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Role or region not allowed")
  @APIResponse(responseCode = "404", description = "No such region")
  @RosterAccess(RosterPermission.PEOPLE_READ)
  public Page<PersonView> list(
      @Parameter(description = "only people whose home region lies in this region")
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(implementation = Affiliation.class)) @QueryParam("affiliation")
          String affiliation,
      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("partyMember")
          String partyMember,
      @Parameter(schema = @Schema(implementation = Qualification.class))
          @QueryParam("qualification")
          String qualification,
      @Parameter(
              description = "true (default) for people on duty, false for deactivated ones",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("active")
          String active,
      @Parameter(description = "part of the name") @QueryParam("q") String nameContains,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page")
          String page,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
          @QueryParam("size")
          String size,
      @Parameter(description = "the next cursor of the previous page") @QueryParam("cursor")
          String cursor) {
    PageRequest request = PageRequest.parse(page, size, cursor);
    PeopleQuery query =
        new PeopleQuery(
            region == null ? null : RegionCode.parse("region", region),
            QueryParameters.oneOf("affiliation", affiliation, Affiliation.class),
            QueryParameters.bool("partyMember", partyMember),
            QueryParameters.oneOf("qualification", qualification, Qualification.class),
            QueryParameters.bool("active", active),
            QueryParameters.text("q", nameContains));
    return people.list(query, request);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "登记人员 — register a person who serves")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location and ETag headers set",
      content = @Content(schema = @Schema(implementation = PersonView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(
      responseCode = "403",
      description = "Role may not register, or region outside jurisdiction")
  @APIResponse(responseCode = "404", description = "No such home region")
  @RosterAccess(RosterPermission.PEOPLE_WRITE)
  public Response register(@Valid @NotNull PersonForm form, @Context UriInfo uri) {
    PersonView person = people.register(form.toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(person.id().toString()).build())
        .tag(Versions.etag(person.version()))
        .entity(person)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "人员详情 — one person who serves (ETag = version)")
  @APIResponse(responseCode = "200", description = "The person")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Outside the caller's jurisdiction")
  @APIResponse(responseCode = "404", description = "No such person")
  @RosterAccess(RosterPermission.PEOPLE_READ)
  public Response get(@PathParam("id") String id) {
    PersonView person = people.get(parseId(id));
    return Response.ok(person).tag(Versions.etag(person.version())).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改人员 — change a person's details (If-Match required)")
  @APIResponse(responseCode = "200", description = "Changed; new ETag")
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Role or region not allowed")
  @APIResponse(responseCode = "404", description = "No such person or region")
  @APIResponse(
      responseCode = "409",
      description = "Changed by someone else since the ETag was read")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  @RosterAccess(RosterPermission.PEOPLE_WRITE)
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "the ETag of the version the change is based on")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @Valid @NotNull PersonForm form) {
    UUID personId = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    PersonView person = people.update(personId, version, form.toDetails());
    return Response.ok(person).tag(Versions.etag(person.version())).build();
  }

  @POST
  @Path("{id}/deactivation")
  @Operation(summary = "停用人员 — take a person off duty for good (If-Match required)")
  @APIResponse(responseCode = "200", description = "Deactivated; new ETag")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Role or region not allowed")
  @APIResponse(responseCode = "404", description = "No such person")
  @APIResponse(
      responseCode = "409",
      description = "Already inactive, or changed since the ETag was read")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  @RosterAccess(RosterPermission.PEOPLE_WRITE)
  public Response deactivate(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    UUID personId = parseId(id);
    PersonView person = people.deactivate(personId, Versions.fromIfMatch(ifMatch));
    return Response.ok(person).tag(Versions.etag(person.version())).build();
  }

  /** A malformed id names no person: 404, like an unknown one. */
  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw Problem.notFound(PeopleRegister.PERSON);
    }
  }
}
