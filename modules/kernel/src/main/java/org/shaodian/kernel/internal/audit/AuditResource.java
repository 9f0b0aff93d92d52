package org.shaodian.kernel.internal.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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
import org.shaodian.kernel.internal.access.KernelPermission;

/** The audit trail, newest first, for the caller's jurisdiction. */
@Path("audit")
@RequestScoped
@Transactional
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
          "Who did what to which record, newest first. Entries by actors within the caller's"
              + " jurisdiction. For administrators and supervisors.")
  @APIResponse(responseCode = "200", description = "A page of audit entries")
  @APIResponse(responseCode = "400", description = "Invalid paging")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Role may not read the audit trail")
  public Page<AuditView> list(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectId") String subjectId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size);
    JurisdictionScope scope = access.scope(KernelPermission.AUDIT_READ, null);
    String where =
        " from AuditEntry a where a.actorJurisdictionPath like :scope"
            + " and (:type is null or a.subjectType = :type)"
            + " and (:id is null or a.subjectId = :id)";
    long total =
        em.createQuery("select count(a)" + where, Long.class)
            .setParameter("scope", scope.pathPattern())
            .setParameter("type", subjectType)
            .setParameter("id", subjectId)
            .getSingleResult();
    var items =
        em.createQuery("select a" + where + " order by a.recordedAt desc", AuditEntry.class)
            .setParameter("scope", scope.pathPattern())
            .setParameter("type", subjectType)
            .setParameter("id", subjectId)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultStream()
            .map(AuditEntry::toView)
            .toList();
    return new Page<>(items, request.page(), request.size(), total);
  }
}
