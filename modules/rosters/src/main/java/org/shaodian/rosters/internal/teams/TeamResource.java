package org.shaodian.rosters.internal.teams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
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
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.TeamKind;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;

/** Teams and their members, over REST. */
@Path("teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class TeamResource {

  private static final String ETAG = "ETag";

  @Inject TeamRegister teams;

  @GET
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(
      operationId = "listTeams",
      summary = "队伍列表 — list teams",
      description = "Within the caller's jurisdiction, by region, then name in pinyin order.")
  @APIResponse(responseCode = "200", description = "A page of teams")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<TeamView> list(
      @Parameter(description = "only teams of this region", schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(implementation = TeamKind.class)) @QueryParam("kind") String kind,
      @Parameter(
              description = "true for active teams, false for dissolved ones",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("active")
          String active,
      @BeanParam PageParameters paging) {
    return teams.list(
        QueryParameters.region("region", region),
        QueryParameters.oneOf("kind", kind, TeamKind.class),
        QueryParameters.bool("active", active),
        paging.request());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(operationId = "formTeam", summary = "组建队伍 — form a team")
  @APIResponse(
      responseCode = "201",
      description = "Formed",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the team's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = TeamView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response form(@Valid @NotNull TeamForm form, @Context UriInfo uri) {
    TeamView team = teams.form(form);
    return Response.created(uri.getAbsolutePathBuilder().path(team.id().toString()).build())
        .tag(Versions.etag(team.version()))
        .entity(team)
        .build();
  }

  @GET
  @Path("{id}")
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(operationId = "getTeam", summary = "队伍详情 — one team")
  @APIResponse(
      responseCode = "200",
      description = "The team; ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = TeamView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such team, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    TeamView team = teams.get(teamId(id));
    return Response.ok(team).tag(Versions.etag(team.version())).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "changeTeam",
      summary = "修改队伍 — change a team",
      description = "Send the ETag you read in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = TeamView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such team or region, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The team is dissolved")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response change(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull TeamForm form) {
    UUID teamId = teamId(id);
    TeamView team = teams.change(teamId, Versions.fromIfMatch(ifMatch), form);
    return Response.ok(team).tag(Versions.etag(team.version())).build();
  }

  @POST
  @Path("{id}/dissolution")
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "dissolveTeam",
      summary = "撤销队伍 — dissolve a team",
      description = "Its members stay in the register. Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Dissolved; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = TeamView.class)))
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such team, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Already dissolved")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response dissolve(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    UUID teamId = teamId(id);
    TeamView team = teams.dissolve(teamId, Versions.fromIfMatch(ifMatch));
    return Response.ok(team).tag(Versions.etag(team.version())).build();
  }

  @GET
  @Path("{id}/members")
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(
      operationId = "listTeamMembers",
      summary = "队伍成员 — a team's members",
      description = "All of them (a team has at most 1,000), by name in pinyin order.")
  @APIResponse(
      responseCode = "200",
      description = "The members",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      maxItems = 1000,
                      implementation = TeamMemberView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such team, or outside the caller's jurisdiction")
  public List<TeamMemberView> members(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    return teams.members(teamId(id));
  }

  @PUT
  @Path("{id}/members/{person}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "setTeamMember",
      summary = "加入队伍/调整角色 — admit a person to a team, or change their role in it")
  @APIResponse(
      responseCode = "200",
      description = "The member's role was changed (or already was this one)",
      content = @Content(schema = @Schema(implementation = TeamMemberView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Admitted",
      content = @Content(schema = @Schema(implementation = TeamMemberView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such team or person, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "The team is dissolved or has 1,000 members already")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response setMember(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("person")
          String person,
      @Valid @NotNull MembershipForm form) {
    UUID teamId = teamId(id);
    UUID personId = PathIds.uuid(person, TeamRegister.PERSON);
    TeamRegister.Membership membership = teams.setMember(teamId, personId, form.role());
    return Response.status(membership.admitted() ? 201 : 200).entity(membership.member()).build();
  }

  @DELETE
  @Path("{id}/members/{person}")
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(operationId = "removeTeamMember", summary = "移出队伍 — remove a member from a team")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such team or member, or outside the caller's jurisdiction")
  public Response removeMember(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("person")
          String person) {
    teams.removeMember(teamId(id), PathIds.uuid(person, TeamRegister.MEMBER));
    return Response.noContent().build();
  }

  private static UUID teamId(String id) {
    return PathIds.uuid(id, TeamRegister.TEAM);
  }
}
