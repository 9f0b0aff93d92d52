package org.shaodian.kernel.internal.personal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.internal.access.KernelAccess;
import org.shaodian.kernel.internal.access.KernelPermission;

/**
 * Re-encryption after a key rotation, for administrators: start it, and see how far it got. The
 * rotation itself is configuration (README: add a key, make it current, restart, re-encrypt, then
 * remove the old key).
 */
@Path("admin/personal-data/reencryption")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kernel")
public class ReencryptionResource {

  @Inject Reencryption reencryption;

  @POST
  @KernelAccess(KernelPermission.PERSONAL_DATA_KEYS)
  @Operation(
      operationId = "startReencryption",
      summary = "重新加密 — move sealed personal data to the current key",
      description =
          "Runs in the background on this server, in short transactions; audited once it ends.")
  @APIResponse(
      responseCode = "202",
      description = "Started",
      headers =
          @Header(
              name = "Location",
              required = true,
              description = "where to see how far it got",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = ReencryptionView.class)))
  @APIResponse(responseCode = "403", description = "The role may not re-encrypt")
  @APIResponse(responseCode = "409", description = "A run is going on already")
  public Response start(@Context UriInfo uri) {
    Reencryption.Report report = reencryption.start();
    return Response.accepted(ReencryptionView.of(report)).location(uri.getAbsolutePath()).build();
  }

  @GET
  @KernelAccess(KernelPermission.PERSONAL_DATA_KEYS)
  @Operation(
      operationId = "getReencryption",
      summary = "重新加密进度 — the last re-encryption run on this server")
  @APIResponse(
      responseCode = "200",
      description = "The run's state and how many values of each column it moved",
      content = @Content(schema = @Schema(implementation = ReencryptionView.class)))
  @APIResponse(responseCode = "403", description = "The role may not re-encrypt")
  public ReencryptionView last() {
    return ReencryptionView.of(reencryption.last());
  }
}
