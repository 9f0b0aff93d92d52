package org.shaodian.kernel.internal.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.web.Uploads;
import org.shaodian.kernel.internal.access.KernelAccess;
import org.shaodian.kernel.internal.access.KernelPermission;

/** Administration of the region tree over REST: importing a region list, adding grids. */
@Path("admin/regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kernel")
public class RegionAdminResource {

  static final String CSV = "text/csv";

  /** A province's villages fit several times over (a line is about 60 bytes). */
  static final long IMPORT_LIMIT = 5L * 1024 * 1024;

  @Inject RegionTree tree;

  @Inject CurrentLanguage language;

  @POST
  @Path("import")
  @Consumes(CSV)
  @Operation(
      operationId = "importRegions",
      summary = "导入区域 — import a region list (CSV)",
      description =
          "Adds and renames regions from a list of statistical division codes, all or nothing."
              + " The header row names the columns code and name, and optionally nameEn and"
              + " parentCode (any order). Codes: 6 digits (province xx0000, city xxxx00,"
              + " district), 9 or 12 digits for towns (12 ending in 000), 12 for villages, 15 for"
              + " compound grids (village code + 3). A blank parentCode means the parent the code"
              + " implies (grid: first 12 digits; village: first 9 + 000; town: first 6;"
              + " district: first 4 + 00; city: first 2 + 0000). A new code is added under its"
              + " parent, which must lie within the caller's jurisdiction (or be added by the same"
              + " file) one level above it. A stored code is renamed when its names differ (a"
              + " blank nameEn keeps the stored one); its parent, if given, must be the stored"
              + " one: regions cannot move. UTF-8 unless Content-Type names another charset"
              + " (e.g. GB18030); at most 5 MB. If any row is wrong nothing changes, and the 400"
              + " lists each wrong cell as `errors[].field` = `row <n>: <column>` (the header is"
              + " row 1), in row order, at most 200 of them.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = CSV,
              schema = @Schema(type = SchemaType.STRING),
              example =
                  "code,name,nameEn,parentCode\n"
                      + "330182001000,新安江街道,Xin'anjiang,\n"
                      + "330182001001,江滨社区,Jiangbin Community,\n"))
  @APIResponse(
      responseCode = "200",
      description = "Imported: how many regions were added, renamed and left as they were",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionImportResult.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Rows that are wrong (errors: `row <n>: <column>`), a header without code and name,"
              + " or a file that is not CSV in the named charset; nothing changed")
  @APIResponse(responseCode = "403", description = "Role may not import regions")
  @APIResponse(responseCode = "413", description = "Larger than 5 MB")
  @APIResponse(responseCode = "415", description = "Not text/csv")
  @KernelAccess(KernelPermission.REGION_IMPORT)
  public RegionImportResult importList(@Context HttpHeaders headers, InputStream body) {
    byte[] list = Uploads.readAtMost(headers.getLength(), body, IMPORT_LIMIT);
    return tree.importList(RegionCsv.read(list, charset(headers.getMediaType())));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addGrid",
      summary = "新增网格 — add a compound grid under a community",
      description =
          "Under a village or community within the caller's jurisdiction; without a code, the"
              + " next free one after the highest under the community.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      headers =
          @Header(
              name = HttpHeaders.LOCATION,
              description = "the new region, /api/v1/regions/{code}",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid fields, a parent that is not a village or community, a code not under it")
  @APIResponse(responseCode = "403", description = "Role may not add grids")
  @APIResponse(
      responseCode = "404",
      description = "No such community, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "The code is taken, or the community has no grid codes left")
  @KernelAccess(KernelPermission.GRID_ADD)
  public Response addGrid(@Valid @NotNull GridForm form, @Context UriInfo uri) {
    Region grid =
        tree.addGrid(
            RegionCode.parse("parentCode", form.parentCode()),
            form.name().strip(),
            form.nameEn() == null || form.nameEn().isBlank() ? null : form.nameEn().strip(),
            form.code() == null ? null : RegionCode.parse("code", form.code()));
    return Response.created(
            uri.getBaseUriBuilder().path("regions").path(grid.code().value()).build())
        .entity(RegionView.of(grid, language.get(), null))
        .build();
  }

  /** The list's character set: UTF-8 unless the request names another. */
  private static Charset charset(MediaType type) {
    String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw Problem.invalid(
          HttpHeaders.CONTENT_TYPE, Text.of("不支持的字符集", "not a character set this server reads"));
    }
  }
}
