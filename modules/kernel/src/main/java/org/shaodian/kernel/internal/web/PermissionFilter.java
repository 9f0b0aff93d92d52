package org.shaodian.kernel.internal.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.internal.access.DeclaredPermissions;

/**
 * Checks the role a REST operation declares ({@link
 * org.shaodian.kernel.api.access.PermissionAnnotation}) once the operation is matched and before
 * its body is read or validated, so a caller who may not use it hears 401/403 and nothing about
 * their body, their headers or the record.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PermissionFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Inject Access access;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod() != null) {
      DeclaredPermissions.of(resource.getResourceMethod()).ifPresent(access::require);
    }
  }
}
