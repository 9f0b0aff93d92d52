package org.shaodian.kernel.internal.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.web.QueryParameters;
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
      summary = "审计记录 — the audit trail",
      description =
          "Who did what to which record, newest first: changes to the records of the caller's"
              + " jurisdiction, whoever made them. For administrators and supervisors.")
  @APIResponse(responseCode = "200", description = "A page of audit entries")
  @APIResponse(responseCode = "400", description = "Invalid paging")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Role may not read the audit trail")
  public Page<AuditView> list(
      @QueryParam("subjectType") String subjectTypeParameter,
      @QueryParam("subjectId") String subjectIdParameter,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size);
    String subjectType = QueryParameters.text("subjectType", subjectTypeParameter);
    String subjectId = QueryParameters.text("subjectId", subjectIdParameter);
    JurisdictionScope scope = access.scope(KernelPermission.AUDIT_READ, null);
    String where =
        " from AuditEntry a where a.subjectRegionPath like :scope"
            + " and (:type is null or a.subjectType = :type)"
            + " and (:id is null or a.subjectId = :id)";
    long total =
        em.createQuery("select count(a)" + where, Long.class)
            .setParameter("scope", scope.pathPattern())
            .setParameter("type", subjectType)
            .setParameter("id", subjectId)
            .getSingleResult();
    var items =
        em
            .createQuery("select a" + where + " order by a.recordedAt desc", AuditEntry.class)
            .setParameter("scope", scope.pathPattern())
            .setParameter("type", subjectType)
            .setParameter("id", subjectId)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList()
            .stream()
            .map(AuditEntry::toView)
            .toList();
    return new Page<>(items, request.page(), request.size(), total);
  }
}
