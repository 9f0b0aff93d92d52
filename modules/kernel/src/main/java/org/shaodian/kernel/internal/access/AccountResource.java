package org.shaodian.kernel.internal.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.web.Versions;

/**
 * The jurisdictions of registry accounts over REST. The roles stay with the registry (LDAP groups,
 * or the demo registry); this sets only which part of the region tree each account sees.
 */
@Path("admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kernel")
public class AccountResource {

  /** As long as kernel_account keeps them. */
  static final int MAX_PRINCIPAL = 100;

  @Inject AccountRegister accounts;

  @GET
  @Operation(
      operationId = "listAccounts",
      summary = "账号列表 — the registry accounts within the caller's jurisdiction",
      description = "By principal; paged like every list (page and size, or the next cursor).")
  // the page's schema (PageAccountView) comes from the return type, as for every list
  @APIResponse(responseCode = "200", description = "A page of accounts")
  @APIResponse(responseCode = "400", description = "Invalid paging")
  @APIResponse(responseCode = "403", description = "Role may not administer accounts")
  @KernelAccess(KernelPermission.ACCOUNT_ADMIN)
  public Page<AccountView> list(@BeanParam PageParameters paging) {
    return accounts.list(paging.request());
  }

  @GET
  @Path("{principal}")
  @Operation(
      operationId = "getAccount",
      summary = "账号 — one registry account and its jurisdiction (ETag = version)")
  @APIResponse(
      responseCode = "200",
      description = "The account",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "the account's version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(responseCode = "403", description = "Role may not administer accounts")
  @APIResponse(
      responseCode = "404",
      description = "No such account, or its jurisdiction lies outside the caller's")
  @KernelAccess(KernelPermission.ACCOUNT_ADMIN)
  public Response get(@PathParam("principal") String principal) {
    AccountView account = accounts.get(principal);
    return Response.ok(account).tag(Versions.etag(account.version())).build();
  }

  @PUT
  @Path("{principal}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setAccountJurisdiction",
      summary = "设置账号辖区 — set a registry account's jurisdiction",
      description =
          "Opens the account when it does not exist (201, no If-Match); otherwise changes it and"
              + " needs If-Match with the ETag it was read with. The jurisdiction it has and the"
              + " one it gets both lie within the caller's. Nobody changes their own account.")
  @APIResponse(
      responseCode = "200",
      description = "Changed; new ETag",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "the account's version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(
      responseCode = "201",
      description = "Opened",
      headers = {
        @Header(
            name = HttpHeaders.LOCATION,
            description = "the account, /api/v1/admin/accounts/{principal}",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = HttpHeaders.ETAG,
            description = "the account's version",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (see errors)")
  @APIResponse(
      responseCode = "403",
      description = "Role may not administer accounts, or the account is the caller's own")
  @APIResponse(
      responseCode = "404",
      description =
          "No such region, or the account or the region lies outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since the ETag was read (or If-Match on a new one)")
  @APIResponse(responseCode = "428", description = "If-Match missing for an existing account")
  @KernelAccess(KernelPermission.ACCOUNT_ADMIN)
  public Response assign(
      @PathParam("principal") String principal,
      @Parameter(description = "the ETag of the version the change is based on")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @Valid @NotNull AccountForm form,
      @Context UriInfo uri) {
    if (principal.length() > MAX_PRINCIPAL
        || principal.isBlank()
        || principal.codePoints().anyMatch(Character::isISOControl)) {
      throw Problem.invalid(
          "principal",
          Text.of(
              "须为 1 到 " + MAX_PRINCIPAL + " 个字符,不含控制字符",
              "must be 1 to " + MAX_PRINCIPAL + " characters without control characters"));
    }
    AccountRegister.Assignment done =
        accounts.assign(
            principal,
            ifMatch == null ? null : Versions.fromIfMatch(ifMatch),
            RegionCode.parse("jurisdiction", form.jurisdiction()));
    AccountView account = done.account();
    Response.ResponseBuilder response =
        done.opened() ? Response.created(uri.getAbsolutePath()) : Response.ok();
    return response.entity(account).tag(Versions.etag(account.version())).build();
  }
}
