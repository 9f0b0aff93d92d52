package org.shaodian.grids.internal.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.web.PathIds;

/** A register import's progress and outcome, over REST. */
@Path("register-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grids")
public class RegisterImportStatusResource {

  @Inject RegisterImports imports;

  @Inject CurrentLanguage language;

  @GET
  @Path("{id}")
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "getRegisterImport",
      summary = "导入进度 — a register import's progress and outcome",
      description =
          "QUEUED, READING (rowsRead grows), WRITING, then DONE, REJECTED (all or nothing was"
              + " asked and a row was wrong: nothing written) or FAILED; the rows kept out with"
              + " their row number, column and reason.")
  @APIResponse(
      responseCode = "200",
      description = "The import",
      content = @Content(schema = @Schema(implementation = RegisterImportView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read the register")
  @APIResponse(
      responseCode = "404",
      description = "No such import, or outside the caller's jurisdiction")
  public RegisterImportView get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    return RegisterImportView.of(
        imports.get(PathIds.uuid(id, RegisterImports.IMPORT)), language.get());
  }
}
