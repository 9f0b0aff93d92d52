package org.shaodian.kernel.internal.episode;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
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
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.NameText;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.kernel.internal.access.KernelAccess;
import org.shaodian.kernel.internal.access.KernelPermission;

/**
 * Emergency episodes over REST: a region's command opens one when an outbreak is declared and
 * closes it when the response ends; the retention purge follows the close. Changes against the
 * version read (If-Match).
 */
@Path("episodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kernel")
public class EpisodeResource {

  private static final String ETAG = "ETag";

  @Inject EpisodeRegister register;

  @Inject RetentionPurge purge;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @KernelAccess(KernelPermission.EPISODES_MANAGE)
  @Operation(
      operationId = "openEpisode",
      summary = "启动应急响应 — open a region's emergency episode",
      description = "One open episode per region; the day it began is today or earlier.")
  @APIResponse(
      responseCode = "201",
      description = "Opened",
      headers = {
        @Header(
            name = HttpHeaders.LOCATION,
            description = "the episode, /api/v1/episodes/{id}",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = EpisodeView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not open episodes")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The region has an episode open")
  public Response open(@Valid @NotNull Opening form, @Context UriInfo uri) {
    EpisodeView view =
        EpisodeView.of(
            register.open(
                RegionCode.parse("region", form.region()), form.name().strip(), form.openedOn()));
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .entity(view)
        .tag(Versions.etag(view.version()))
        .build();
  }

  @GET
  @KernelAccess(KernelPermission.EPISODES_READ)
  @Operation(
      operationId = "listEpisodes",
      summary = "应急响应期列表 — the episodes of the caller's jurisdiction",
      description = "The latest opened first; at most 500.")
  @APIResponse(
      responseCode = "200",
      description = "The episodes",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EpisodeView.class)))
  @APIResponse(responseCode = "400", description = "Not a region code")
  @APIResponse(responseCode = "403", description = "The role may not read episodes")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public List<EpisodeView> list(
      @Parameter(
              description = "only those of this region and below",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region) {
    return register.list(QueryParameters.region("region", region)).stream()
        .map(EpisodeView::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @KernelAccess(KernelPermission.EPISODES_READ)
  @Operation(
      operationId = "getEpisode",
      summary = "应急响应期 — one episode, and what its purge removed")
  @APIResponse(
      responseCode = "200",
      description = "The episode; ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = EpisodeView.class)))
  @APIResponse(responseCode = "400", description = "Not an id")
  @APIResponse(responseCode = "403", description = "The role may not read episodes")
  @APIResponse(
      responseCode = "404",
      description = "No such episode, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    EpisodeView view = EpisodeView.of(register.get(parseId(id)));
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @KernelAccess(KernelPermission.EPISODES_MANAGE)
  @Operation(
      operationId = "closeEpisode",
      summary = "结束应急响应 — close an episode",
      description =
          "Its last day is today or earlier. From that day plus the retention period"
              + " (SHAODIAN_RETENTION_DAYS_AFTER_CLOSE, 30 days), the personal data recorded"
              + " within the region until the end of its last day is deleted or cleared by the"
              + " retention purge; aggregate tallies stay. Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Closed; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = EpisodeView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields, a day after today or before it opened")
  @APIResponse(responseCode = "403", description = "The role may not close episodes")
  @APIResponse(
      responseCode = "404",
      description = "No such episode, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Closed already")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response close(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull Closing form) {
    UUID episode = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    EpisodeView view = EpisodeView.of(register.close(episode, version, form.closedOn()));
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  @POST
  @Path("purges")
  @KernelAccess(KernelPermission.RETENTION_RUN)
  @Operation(
      operationId = "runRetentionPurge",
      summary = "清除到期个人信息 — run the retention purge now",
      description =
          "Purges every closed episode whose retention period has passed and that is not purged"
              + " yet, as the hourly timer does on its own: for catching up by hand. Each purge"
              + " is audited with its counts.")
  @APIResponse(
      responseCode = "200",
      description = "What the run did",
      content = @Content(schema = @Schema(implementation = RetentionPurge.Run.class)))
  @APIResponse(responseCode = "403", description = "Only an administrator")
  public RetentionPurge.Run runPurge() {
    return purge.run();
  }

  private static UUID parseId(String id) {
    return PathIds.uuid(id, EpisodeRegister.WHAT);
  }

  /** An episode to open. */
  @Schema(
      name = "EpisodeOpening",
      description = "启动应急响应 — the region, a name, the day it began",
      requiredProperties = {"region", "name", "openedOn"})
  public record Opening(
      @Schema(type = SchemaType.STRING, pattern = RegionCode.PATTERN, examples = "330182107000")
          @NotNull
          String region,
      @Schema(examples = "寿昌镇2022年11月疫情应急处置", minLength = 1, maxLength = 100) @NameText(max = 100)
          String name,
      @Schema(description = "the day it began, today or earlier") @NotNull LocalDate openedOn) {}

  /** The last day of an episode. */
  @Schema(
      name = "EpisodeClosing",
      description = "结束应急响应 — its last day",
      requiredProperties = {"closedOn"})
  public record Closing(
      @Schema(description = "its last day, today or earlier, not before it opened") @NotNull
          LocalDate closedOn) {}
}
