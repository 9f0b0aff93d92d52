package org.shaodian.kernel.internal.audit;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.internal.access.KernelAccess;
import org.shaodian.kernel.internal.access.KernelPermission;

/** The audit trail, newest first, for the caller's jurisdiction. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kernel")
public class AuditResource {

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  @Inject Access access;

  @GET
  @Operation(
      operationId = "listAudit",
      summary = "审计记录 — the audit trail",
      description =
          "Who did what to which record, newest first: changes to the records of the caller's"
              + " jurisdiction, whoever made them. For administrators and supervisors.")
  @APIResponse(responseCode = "200", description = "A page of audit entries")
  @APIResponse(responseCode = "400", description = "Invalid paging")
  @APIResponse(responseCode = "403", description = "Role may not read the audit trail")
  @KernelAccess(KernelPermission.AUDIT_READ)
  public Page<AuditView> list(
      @Parameter(
              description = "e.g. rosters.person",
              schema = @Schema(type = SchemaType.STRING, maxLength = 60))
          @QueryParam("subjectType")
          String subjectTypeParameter,
      @Parameter(
              description = "the record's id; finds bulk entries that list it too",
              schema = @Schema(type = SchemaType.STRING, maxLength = 64))
          @QueryParam("subjectId")
          String subjectIdParameter,
      @BeanParam PageParameters paging) {
    String subjectType = QueryParameters.text("subjectType", subjectTypeParameter);
    String subjectId = QueryParameters.text("subjectId", subjectIdParameter);
    JurisdictionScope scope = access.scope(KernelPermission.AUDIT_READ, null);
    KeysetQuery<AuditEntry> entries =
        KeysetQuery.of(em, AuditEntry.class, "a").within("a.subjectRegionPath", scope);
    if (subjectId != null) {
      // the entry about the record, or a bulk entry that lists it
      entries.where(
          "((a.subjectId = :id"
              + (subjectType == null ? "" : " and a.subjectType = :type")
              + ") or a.id in (select i.key.auditId from AuditItem i where i.key.itemId = :id"
              + (subjectType == null ? "" : " and i.itemType = :type")
              + "))",
          "id",
          subjectId);
    } else if (subjectType != null) {
      entries.where("a.subjectType = :type");
    }
    if (subjectType != null) {
      entries.parameter("type", subjectType);
    }
    return entries
        .orderBy("a.recordedAt", AuditEntry::recordedAt)
        .orderBy("a.id", AuditEntry::id)
        .descending()
        .fetch(paging.request())
        .map(AuditEntry::toView);
  }
}
