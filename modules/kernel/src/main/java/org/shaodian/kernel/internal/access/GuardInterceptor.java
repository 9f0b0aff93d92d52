package org.shaodian.kernel.internal.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.Guarded;

/**
 * Checks the role a method's {@link org.shaodian.kernel.api.access.PermissionAnnotation} asks for
 * before the method runs. Its priority puts it outside the transaction interceptors, so a refused
 * call never starts a transaction.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class GuardInterceptor {

  @Inject Access access;

  @AroundInvoke
  Object checkRole(InvocationContext invocation) throws Exception {
    DeclaredPermissions.of(invocation.getMethod()).ifPresent(access::require);
    return invocation.proceed();
  }
}
