package org.shaodian.grids.internal.register;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.grids.api.ResidentFlag;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.personal.RevealForm;
import org.shaodian.kernel.api.personal.RevealedValue;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.Versions;

/** The residents of the grids' dwellings, over REST: ID numbers and phones masked. */
@Path("residents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grids")
public class ResidentResource {

  /** The record's version, to send back in If-Match. */
  private static final String ETAG = "ETag";

  @Inject ResidentRegister register;

  @GET
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "listResidents",
      summary = "居民列表 — the residents register",
      description =
          "Within the caller's jurisdiction (a grid worker's grids, an official's town),"
              + " optionally narrowed; by grid, then name in pinyin order. ID numbers and phones"
              + " masked. Pages by number within the first 10,000, then by the next cursor.")
  @APIResponse(responseCode = "200", description = "A page of residents")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read the register")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<ResidentView> list(
      @Parameter(
              description = "only residents of grids within this region",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "only residents of this building",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @QueryParam("building")
          String building,
      @Parameter(
              description = "only residents of this dwelling",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @QueryParam("dwelling")
          String dwelling,
      @Parameter(schema = @Schema(implementation = ResidentFlag.class)) @QueryParam("flag")
          String flag,
      @Parameter(
              description = "part of the name",
              schema = @Schema(type = SchemaType.STRING, maxLength = 50))
          @QueryParam("q")
          String nameContains,
      @BeanParam PageParameters paging) {
    ResidentQuery query =
        new ResidentQuery(
            QueryParameters.region("region", region),
            QueryParameters.uuid("building", building),
            QueryParameters.uuid("dwelling", dwelling),
            QueryParameters.oneOf("flag", flag, ResidentFlag.class),
            QueryParameters.text("q", nameContains));
    return register.residents(query, paging.request());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REGISTER_WRITE)
  @Operation(
      operationId = "registerResident",
      summary = "登记居民 — register a resident of a dwelling",
      description = "Each person once in the register: a second entry of an ID number is a 409.")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      headers = {
        @Header(
            name = "Location",
            required = true,
            description = "the resident's address",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ETAG, ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = ResidentView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not keep the register")
  @APIResponse(
      responseCode = "404",
      description = "The dwelling is outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The ID number is already registered")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response register(@Valid @NotNull ResidentForm form, @Context UriInfo uri) {
    ResidentView resident = register.register(form.toDetails(), form.dwelling());
    return Response.created(uri.getAbsolutePathBuilder().path(resident.id().toString()).build())
        .tag(Versions.etag(resident.version()))
        .entity(resident)
        .build();
  }

  @GET
  @Path("{id}")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(operationId = "getResident", summary = "居民详情 — one resident")
  @APIResponse(
      responseCode = "200",
      description = "The resident; ETag is their version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = ResidentView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read the register")
  @APIResponse(
      responseCode = "404",
      description = "No such resident, or outside the caller's jurisdiction")
  public Response get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    ResidentView resident = register.resident(parseId(id));
    return Response.ok(resident).tag(Versions.etag(resident.version())).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REGISTER_WRITE)
  @Operation(
      operationId = "changeResident",
      summary = "修改居民 — change a resident's details or dwelling",
      description = "Send the ETag you read in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; ETag is the new version",
      headers = @Header(name = ETAG, ref = "ETag"),
      content = @Content(schema = @Schema(implementation = ResidentView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not keep the register")
  @APIResponse(
      responseCode = "404",
      description = "No such resident, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The ID number is already registered")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response change(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ResidentForm form) {
    UUID residentId = parseId(id);
    long version = Versions.fromIfMatch(ifMatch);
    ResidentView resident = register.change(residentId, version, form.toDetails(), form.dwelling());
    return Response.ok(resident).tag(Versions.etag(resident.version())).build();
  }

  @DELETE
  @Path("{id}")
  @GridAccess(GridPermission.REGISTER_WRITE)
  @Operation(
      operationId = "moveOutResident",
      summary = "迁出 — take a resident off the register",
      description = "Moved away or deceased. Send the ETag in If-Match.")
  @APIResponse(responseCode = "204", description = "Taken off the register")
  @APIResponse(responseCode = "403", description = "The role may not keep the register")
  @APIResponse(
      responseCode = "404",
      description = "No such resident, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (RFC 9110)")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response moveOut(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    UUID residentId = parseId(id);
    register.moveOut(residentId, Versions.fromIfMatch(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/id-number/reveal")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REGISTER_REVEAL)
  @Operation(
      operationId = "revealResidentIdNumber",
      summary = "查看完整身份证号 — a resident's full ID number, for a stated reason",
      description =
          "Recorded and audited (who, whose, why, when) and listed to officials; never cached. More"
              + " than the hourly allowance is refused and flagged.")
  @APIResponse(
      responseCode = "200",
      description = "The full ID number",
      content = @Content(schema = @Schema(implementation = RevealedValue.class)))
  @APIResponse(responseCode = "400", description = "No reason given (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not see full values")
  @APIResponse(
      responseCode = "404",
      description = "No such resident, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(
      responseCode = "429",
      description = "Too many full values within the hour: refused and flagged")
  public RevealedValue revealIdNumber(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Valid @NotNull RevealForm form) {
    return register.reveal(parseId(id), "idNumber", form.reason());
  }

  @POST
  @Path("{id}/phone/reveal")
  @Consumes(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REGISTER_REVEAL)
  @Operation(
      operationId = "revealResidentPhone",
      summary = "查看完整电话 — a resident's full phone, for a stated reason",
      description =
          "Recorded and audited (who, whose, why, when) and listed to officials; never cached. More"
              + " than the hourly allowance is refused and flagged.")
  @APIResponse(
      responseCode = "200",
      description = "The full phone",
      content = @Content(schema = @Schema(implementation = RevealedValue.class)))
  @APIResponse(responseCode = "400", description = "No reason given (see errors)")
  @APIResponse(responseCode = "403", description = "The role may not see full values")
  @APIResponse(
      responseCode = "404",
      description = "No such resident, no phone, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  @APIResponse(
      responseCode = "429",
      description = "Too many full values within the hour: refused and flagged")
  public RevealedValue revealPhone(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Valid @NotNull RevealForm form) {
    return register.reveal(parseId(id), "phone", form.reason());
  }

  private static UUID parseId(String id) {
    return PathIds.uuid(id, ResidentRegister.RESIDENT);
  }
}
