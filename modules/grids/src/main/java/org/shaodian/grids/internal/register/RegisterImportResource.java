package org.shaodian.grids.internal.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.grids.internal.register.sheet.RegisterSheet;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.RevealForm;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.web.QueryParameters;

/**
 * A grid's register as a spreadsheet, over REST: imported in the background, exported masked or,
 * for a role that may see them and with a reason, with full ID numbers and phones.
 */
@Path("grids/{grid}/register")
@RequestScoped
@Tag(name = "grids")
public class RegisterImportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The export's {@code values}: masked (the default), or in full with a reason. */
  static final String MASKED = "masked";

  static final String FULL = "full";

  /** A register of a few thousand households is well under a megabyte; 20 MB is generous. */
  static final long UPLOAD_LIMIT = 20L * 1024 * 1024;

  @Inject RegisterImports imports;

  @Inject RegisterImportRunner runner;

  @Inject RegisterExport export;

  @Inject CurrentLanguage language;

  @POST
  @Path("imports")
  @Consumes(XLSX)
  @Produces(MediaType.APPLICATION_JSON)
  @GridAccess(GridPermission.REGISTER_WRITE)
  @Operation(
      operationId = "importRegister",
      summary = "导入居民登记表 — import a grid's register from a spreadsheet",
      description =
          "The first sheet, its first row the headings: 楼栋, 单元, 房号, 姓名, 身份证号, 手机号, 与户主关系"
              + " and the flags 独居老人, 需帮扶, 党员, 在职党员 (是 or empty); 单元, 手机号 and the flags may"
              + " be left out, other headings are refused. The headings are checked at once; the"
              + " rows in the background: follow the import at its Location. Residents already"
              + " registered (by ID number) are updated, not added again; missing buildings and"
              + " dwellings are added. Valid rows are imported in one go, or with"
              + " allOrNothing=true nothing at all when any row is wrong.")
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "202",
      description = "Accepted: the import runs in the background",
      headers =
          @Header(
              name = "Location",
              required = true,
              description = "the import, to follow",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = RegisterImportView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Not an XLSX spreadsheet, an empty sheet, or headings missing, unknown or repeated"
              + " (errors name them with their cell); nothing changed")
  @APIResponse(responseCode = "403", description = "The role may not keep the register")
  @APIResponse(
      responseCode = "404",
      description = "No such grid, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "413", description = "Larger than 20 MB")
  @APIResponse(responseCode = "415", description = "Not an XLSX spreadsheet's media type")
  public Response importRegister(
      @Parameter(schema = @Schema(ref = "RegionCode")) @PathParam("grid") String grid,
      @Parameter(
              description = "true: nothing is imported when any row is wrong",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("allOrNothing")
          String allOrNothing,
      @Parameter(
              description = "the file's name, to recognise the import by",
              schema = @Schema(type = SchemaType.STRING, maxLength = 200))
          @QueryParam("fileName")
          String fileName,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      InputStream body) {
    RegionCode gridCode = RegionCode.parse("grid", grid);
    boolean all = Boolean.TRUE.equals(QueryParameters.bool("allOrNothing", allOrNothing));
    String name = QueryParameters.text("fileName", fileName);
    if (name != null && name.codePointCount(0, name.length()) > 200) {
      throw Problem.invalid("fileName", Text.of("最多 200 个字", "at most 200 characters"));
    }
    var file = runner.receive(headers.getLength(), body, UPLOAD_LIMIT);
    boolean handedOver = false;
    try {
      RegisterSheet.layout(file); // the headings, before anything is queued
      RegisterImport job = imports.queue(gridCode, name, all);
      runner.launch(job.id(), gridCode, file, all);
      handedOver = true;
      return Response.accepted(RegisterImportView.of(job, language.get()))
          .location(
              uri.getBaseUriBuilder().path("register-imports").path(job.id().toString()).build())
          .build();
    } finally {
      if (!handedOver) {
        RegisterImportRunner.delete(file);
      }
    }
  }

  @GET
  @Produces(XLSX)
  @GridAccess(GridPermission.GRIDS_READ)
  @Operation(
      operationId = "exportRegister",
      summary = "导出居民登记表 — a grid's register as a spreadsheet",
      description =
          "In the columns the import reads, by building, unit, room and name; ID numbers and phones"
              + " masked. With values=full and a reason, a role that may see full values (grid"
              + " workers, command offices) gets them in full: one reveal of the register, with"
              + " the count of values, recorded and audited like a single reveal and listed to"
              + " officials; a few such exports a day per caller, beyond that refused and flagged."
              + " Audited; never cached.")
  @APIResponse(
      responseCode = "200",
      description = "The register",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid region code or values, or values=full without a reason (see errors)")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read the register, or (values=full) not see full values")
  @APIResponse(
      responseCode = "404",
      description = "No such grid, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "429",
      description = "values=full: too many full exports within 24 hours; refused and flagged")
  public Response exportRegister(
      @Parameter(schema = @Schema(ref = "RegionCode")) @PathParam("grid") String grid,
      @Parameter(
              description =
                  "masked (the default): ID numbers and phones masked; full: in full, for a"
                      + " role that may see them and with a reason",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {MASKED, FULL},
                      defaultValue = MASKED))
          @QueryParam("values")
          String values,
      @Parameter(
              description =
                  "why the full values are needed (required with values=full): recorded with the"
                      + " reveal, read by officials",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      minLength = 1,
                      maxLength = RevealForm.REASON_MAX))
          @QueryParam("reason")
          String reason) {
    RegionCode gridCode = RegionCode.parse("grid", grid);
    String shown = QueryParameters.text("values", values);
    RegisterExport.Prepared prepared;
    if (shown == null || shown.equals(MASKED)) {
      prepared = export.prepare(gridCode);
    } else if (shown.equals(FULL)) {
      prepared = export.prepareFull(gridCode, reason);
    } else {
      throw Problem.invalid("values", Text.of("须为 masked 或 full", "must be masked or full"));
    }
    Region region = prepared.grid();
    StreamingOutput sheet = out -> export.write(prepared, out);
    return Response.ok(sheet, XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"register-" + region.code().value() + ".xlsx\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
