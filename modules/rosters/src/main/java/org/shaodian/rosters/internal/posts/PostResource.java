package org.shaodian.rosters.internal.posts;

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
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.PostKind;
import org.shaodian.rosters.api.PostQuery;
import org.shaodian.rosters.api.PostService;
import org.shaodian.rosters.api.PostView;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;

/** The posts that must be staffed, over REST. */
@Path("posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class PostResource {

  private static final String ETAG = "ETag";

  @Inject PostService posts;

  @GET
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(
      operationId = "listPosts",
      summary = "点位列表 — list posts",
      description = "Within the caller's jurisdiction, by region, then name in pinyin order.")
  @APIResponse(responseCode = "200", description = "A page of posts")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<PostView> list(
      @Parameter(description = "only posts in this region", schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(implementation = PostKind.class)) @QueryParam("kind") String kind,
      @Parameter(
              description = "true for open posts, false for closed ones",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("active")
          String active,
      @BeanParam PageParameters paging) {
    return posts.list(
        new PostQuery(
            QueryParameters.region("region", region),
            QueryParameters.oneOf("kind", kind, PostKind.class),
            QueryParameters.bool("active", active)),
        paging.request());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "openPost",
      summary = "设立点位 — open a post",
      description =
          "A place that must be staffed, with its shifts of a day and, per shift, the seats of"
              + " each duty and the qualifications they need.")
  @APIResponse(
      responseCode = "201",
      description = "Opened",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the post's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = PostView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such region or team, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response open(@Valid @NotNull PostForm form, @Context UriInfo uri) {
    PostView post = posts.open(form.toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(post.id().toString()).build())
        .tag(Versions.etag(post.version()))
        .entity(post)
        .build();
  }

  @GET
  @Path("{id}")
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(operationId = "getPost", summary = "点位详情 — one post")
  @APIResponse(
      responseCode = "200",
      description = "The post; ETag is its version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PostView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such post, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    PostView post = posts.get(postId(id));
    return Response.ok(post).tag(Versions.etag(post.version())).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "changePost",
      summary = "修改点位 — change a post",
      description =
          "Send the ETag you read in If-Match. Duties still to come must fit the new shifts and"
              + " needs.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PostView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such post, region or team, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "The post is closed, or duties to come would no longer fit")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response change(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull PostForm form) {
    UUID postId = postId(id);
    long version = Versions.fromIfMatch(ifMatch);
    PostView post = posts.change(postId, version, form.toDetails());
    return Response.ok(post).tag(Versions.etag(post.version())).build();
  }

  @POST
  @Path("{id}/closure")
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "closePost",
      summary = "撤销点位 — close a post",
      description =
          "Duties that have not started are released; past ones stay. Send the ETag in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Closed; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = PostView.class)))
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such post, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Already closed")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response close(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    UUID postId = postId(id);
    PostView post = posts.close(postId, Versions.fromIfMatch(ifMatch));
    return Response.ok(post).tag(Versions.etag(post.version())).build();
  }

  private static UUID postId(String id) {
    return PathIds.uuid(id, PostRegister.POST);
  }
}
