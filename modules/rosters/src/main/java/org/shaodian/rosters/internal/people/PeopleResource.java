package org.shaodian.rosters.internal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.personal.RevealForm;
import org.shaodian.kernel.api.personal.RevealedValue;
import org.shaodian.kernel.api.web.PathIds;
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

  /** The record's version, to send back in If-Match. */
  private static final String ETAG = "ETag";

  @Inject PeopleService people;

  @Inject PeopleRegister register;

  @GET
  @RosterAccess(RosterPermission.PEOPLE_READ)
  @Operation(
      operationId = "listPeople",
      summary = "人员列表 — list the people who serve",
      description =
          "Within the caller's jurisdiction, optionally narrowed to a region; by home region, then"
              + " name in pinyin order. Pages by number within the first 10,000 people, then by"
              + " the next cursor of the previous page.")
  @APIResponse(responseCode = "200", description = "A page of people")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read people")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<PersonView> list(
      @Parameter(
              description = "only people whose home region lies in this region",
              schema = @Schema(ref = "RegionCode"))
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
              description = "true for people on duty, false for deactivated ones",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("active")
          String active,
      @Parameter(
              description = "part of the name",
              schema = @Schema(type = SchemaType.STRING, maxLength = 50))
          @QueryParam("q")
          String nameContains,
      @BeanParam PageParameters paging) {
    PeopleQuery query =
        new PeopleQuery(
            QueryParameters.region("region", region),
            QueryParameters.oneOf("affiliation", affiliation, Affiliation.class),
            QueryParameters.bool("partyMember", partyMember),
            QueryParameters.oneOf("qualification", qualification, Qualification.class),
            QueryParameters.bool("active", active),
            QueryParameters.text("q", nameContains));
    return people.list(query, paging.request());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.PEOPLE_WRITE)
  @Operation(operationId = "registerPerson", summary = "登记人员 — register a person who serves")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the person's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = PersonView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not register people")
  @APIResponse(
      responseCode = "404",
      description = "No such home region, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response register(@Valid @NotNull PersonForm form, @Context UriInfo uri) {
    PersonView person = people.register(form.toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(person.id().toString()).build())
        .tag(Versions.etag(person.version()))
        .entity(person)
        .build();
  }

  @GET
  @Path("{id}")
  @RosterAccess(RosterPermission.PEOPLE_READ)
  @Operation(operationId = "getPerson", summary = "人员详情 — one person who serves")
  @APIResponse(
      responseCode = "200",
      description = "The person; ETag is their version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PersonView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read people")
  @APIResponse(
      responseCode = "404",
      description = "No such person, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    PersonView person = people.get(parseId(id));
    return Response.ok(person).tag(Versions.etag(person.version())).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.PEOPLE_WRITE)
  @Operation(
      operationId = "changePerson",
      summary = "修改人员 — change a person's details",
      description = "Send the ETag you read in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PersonView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change people")
  @APIResponse(
      responseCode = "404",
      description = "No such person or region, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response update(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull PersonForm form) {
    UUID personId = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    PersonView person = people.update(personId, version, form.toDetails());
    return Response.ok(person).tag(Versions.etag(person.version())).build();
  }

  @POST
  @Path("{id}/deactivation")
  @RosterAccess(RosterPermission.PEOPLE_WRITE)
  @Operation(
      operationId = "deactivatePerson",
      summary = "停用人员 — take a person off duty for good",
      description = "They stay in the register, marked inactive. Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Deactivated; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PersonView.class)))
  @APIResponse(responseCode = "403", description = "The role may not change people")
  @APIResponse(
      responseCode = "404",
      description = "No such person, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Already inactive")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response deactivate(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    UUID personId = parseId(id);
    PersonView person = people.deactivate(personId, Versions.fromIfMatch(ifMatch));
    return Response.ok(person).tag(Versions.etag(person.version())).build();
  }

  @POST
  @Path("{id}/phone/reveal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.PEOPLE_REVEAL)
  @Operation(
      operationId = "revealPersonPhone",
      summary = "查看完整电话 — a person's full phone, for a stated reason",
      description =
          "Recorded and audited (who, whose, why, when) and listed to officials; never cached. More"
              + " than the hourly allowance (20 by default) is refused and flagged.")
  @APIResponse(
      responseCode = "200",
      description = "The full phone",
      content = @Content(schema = @Schema(implementation = RevealedValue.class)))
  @APIResponse(responseCode = "400", description = "No reason given (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not see full phones")
  @APIResponse(
      responseCode = "404",
      description = "No such person, no phone, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(
      responseCode = "429",
      description = "Too many full values within the hour: refused and flagged")
  public RevealedValue revealPhone(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Valid @NotNull RevealForm form) {
    UUID personId = parseId(id);
    return register.revealPhone(personId, form.reason());
  }

  private static UUID parseId(String id) {
    return PathIds.uuid(id, PeopleRegister.PERSON);
  }
}
