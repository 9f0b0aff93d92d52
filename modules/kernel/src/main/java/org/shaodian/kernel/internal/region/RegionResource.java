package org.shaodian.kernel.internal.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.internal.access.KernelAccess;
import org.shaodian.kernel.internal.access.KernelPermission;

/** The region tree over REST, within the caller's jurisdiction. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kernel")
public class RegionResource {

  @Inject Regions regions;

  @Inject Access access;

  @Inject CurrentLanguage language;

  @GET
  @Operation(
      operationId = "getJurisdiction",
      summary = "我的辖区 — the caller's jurisdiction",
      description = "The region the caller may see, with its direct children.")
  @APIResponse(responseCode = "200", description = "The caller's jurisdiction")
  @APIResponse(responseCode = "403", description = "The account has no jurisdiction")
  @KernelAccess(KernelPermission.REGION_READ)
  public RegionView jurisdiction() {
    Region root = access.caller().jurisdiction();
    return RegionView.of(root, language.get(), regions.children(root.code()));
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getRegion", summary = "区域 — one region, with its direct children")
  @APIResponse(responseCode = "200", description = "The region and its children")
  @APIResponse(responseCode = "400", description = "Not a region code")
  @APIResponse(responseCode = "403", description = "The account has no jurisdiction")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @KernelAccess(KernelPermission.REGION_READ)
  public RegionView get(
      @Parameter(description = "e.g. 330182107000", schema = @Schema(ref = "RegionCode"))
          @PathParam("code")
          String code) {
    Region region = access.require(KernelPermission.REGION_READ, RegionCode.parse("code", code));
    return RegionView.of(region, language.get(), regions.children(region.code()));
  }

  @GET
  @Path("{code}/children")
  @Operation(operationId = "listRegionChildren", summary = "下级区域 — the direct children of a region")
  @APIResponse(responseCode = "200", description = "The children, in their customary order")
  @APIResponse(responseCode = "400", description = "Not a region code")
  @APIResponse(responseCode = "403", description = "The account has no jurisdiction")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @KernelAccess(KernelPermission.REGION_READ)
  public List<RegionView> children(
      @Parameter(schema = @Schema(ref = "RegionCode")) @PathParam("code") String code) {
    Region region = access.require(KernelPermission.REGION_READ, RegionCode.parse("code", code));
    return regions.children(region.code()).stream()
        .map(child -> RegionView.of(child, language.get(), null))
        .toList();
  }
}
