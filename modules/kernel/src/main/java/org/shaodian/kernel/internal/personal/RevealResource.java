package org.shaodian.kernel.internal.personal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.internal.access.KernelAccess;
import org.shaodian.kernel.internal.access.KernelPermission;

/** The reveals of a jurisdiction, for officials and supervision. */
@Path("personal-data/reveals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kernel")
public class RevealResource {

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  @Inject Access access;

  @GET
  @KernelAccess(KernelPermission.REVEALS_READ)
  @Operation(
      operationId = "listReveals",
      summary = "完整信息查看记录 — who saw full ID numbers, phones and plates, and why",
      description =
          "Within the caller's jurisdiction (where the records lie), the latest first: single"
              + " values, and bulk acts (a grid's register exported in full, one entry with its"
              + " count); refused ones are callers flagged for asking too many.")
  @APIResponse(responseCode = "200", description = "A page of reveals")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read reveals")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<RevealView> list(
      @Parameter(
              description = "only reveals of records in this region",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "true for refused (flagged) ones only, false for the others",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("refused")
          String refused,
      @BeanParam PageParameters paging) {
    JurisdictionScope scope =
        access.scope(KernelPermission.REVEALS_READ, QueryParameters.region("region", region));
    KeysetQuery<Reveal> reveals =
        KeysetQuery.of(em, Reveal.class, "r").within("r.regionPath", scope);
    Boolean onlyRefused = QueryParameters.bool("refused", refused);
    if (onlyRefused != null) {
      reveals.where("r.refused = :refused", "refused", onlyRefused);
    }
    return reveals
        .orderBy("r.at", Reveal::at)
        .orderBy("r.id", Reveal::id)
        .descending()
        .fetch(paging.request())
        .map(
            r ->
                new RevealView(
                    r.id(),
                    r.actor(),
                    r.actorKind(),
                    r.subjectType(),
                    r.subjectId(),
                    r.field(),
                    r.reason(),
                    OffsetDateTime.ofInstant(r.at(), ShaodianTime.ZONE),
                    r.refused(),
                    r.count(),
                    r.bulk()));
  }
}
